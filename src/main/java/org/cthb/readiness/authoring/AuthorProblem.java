package org.cthb.readiness.authoring;

/**
 * A problem of the draft told as an author sees the course: the place in words ({@code where}), what is wrong in
 * words ({@code what}), the editing page and the id of the field at fault (null when the problem is not one
 * field's). The validator's file and line stay out of sight: authors in the browser never see the files.
 */
public record AuthorProblem(String where, String what, String page, String field) {

    /** The editing page, at the field when there is one. */
    public String link() {
        return field == null ? page : page + "#" + field;
    }

    /** The id of the message beside the field, which the field names in its {@code aria-describedby}. */
    public String errorId() {
        return (field == null ? "page" : field) + "-error";
    }
}
