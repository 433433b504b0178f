/** Owns published courses: immutable versions, their import from files and zips, listing and export. */
package org.cthb.readiness.course;
