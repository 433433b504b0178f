package org.cthb.readiness.course.files;

/** One thing wrong in a course folder, where it is, in words an author can act on. */
public record FileProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
