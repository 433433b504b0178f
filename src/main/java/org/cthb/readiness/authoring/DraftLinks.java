package org.cthb.readiness.authoring;

/** Where the draft's pages live, so that redirects and templates agree. */
final class DraftLinks {

    private DraftLinks() {
    }

    static String draft(String courseId) {
        return "/author/courses/" + courseId + "/draft";
    }

    static String module(String courseId, String moduleId) {
        return draft(courseId) + "/modules/" + moduleId;
    }
}
