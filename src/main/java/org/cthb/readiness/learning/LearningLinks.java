package org.cthb.readiness.learning;

/** Where the pages send a learner for a next step. */
public final class LearningLinks {

    private LearningLinks() {
    }

    public static String of(int version, Dashboard.NextStep next) {
        return switch (next.kind()) {
            case "LESSON" -> "/learn/v/" + version + "/" + next.moduleId() + "/" + next.lesson();
            case "QUIZ" -> "/learn/v/" + version + "/" + next.moduleId() + "/quiz";
            default -> "/learn";
        };
    }
}
