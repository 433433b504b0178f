package org.cthb.readiness.learning;

import java.util.List;

/** Where a learner stands: their required modules, each module's status, and the one next step. */
public record Dashboard(String courseId, String courseTitle, int version, List<ModuleStatus> modules, NextStep next) {

    /** Status of a module, as the learner sees it. */
    public enum Status { NOT_STARTED, IN_PROGRESS, PASSED }

    /** One required module. */
    public record ModuleStatus(String moduleId, String title, String summary, Status status, int lessonsDone,
                               int lessonsTotal, Integer bestScore, int attempts, int attemptsAllowed, int passMark,
                               String resumeLesson) {
    }

    /** What to do next: a lesson, a quiz, or nothing left. */
    public record NextStep(String kind, String moduleId, String lesson, String title) {
    }
}
