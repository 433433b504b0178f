/**
 * Owns the course file format: reading a course folder into its content, every validation rule with file and
 * line, the content hash, and writing content back to files. Plain Java, so the command line can use it too.
 */
package org.cthb.readiness.course.files;
