package org.cthb.readiness.course;

/** Activity paths of a course version for learning records: stable, and saying which version was used. */
public final class XapiActivities {

    private XapiActivities() {
    }

    public static String course(CourseCatalog.Version version) {
        return "course/" + version.courseId() + "/v" + version.number();
    }

    public static String module(CourseCatalog.Version version, String moduleId) {
        return course(version) + "/module/" + moduleId;
    }

    public static String lesson(CourseCatalog.Version version, String moduleId, String lesson) {
        return module(version, moduleId) + "/lesson/" + lesson;
    }

    public static String quiz(CourseCatalog.Version version, String moduleId) {
        return module(version, moduleId) + "/quiz";
    }
}
