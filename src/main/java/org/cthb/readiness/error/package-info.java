/** Owns the typed exceptions that services throw; the web layer maps them to problem responses. */
package org.cthb.readiness.error;
