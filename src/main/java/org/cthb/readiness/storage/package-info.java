/** Temporary files of uploads and downloads: one folder for all of them, and removal on every path. */
package org.cthb.readiness.storage;
