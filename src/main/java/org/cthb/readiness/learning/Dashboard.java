package org.cthb.readiness.learning;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a learner stands: the standard they train to, their required modules, each module's status, the one next
 * step, and their certification (certified until, renewal opens; both null before the first certificate).
 */
public record Dashboard(String courseId, String courseTitle, int version, String standard, List<ModuleStatus> modules,
                        NextStep next, LocalDate certifiedUntil, LocalDate renewalOpens) {

    /** True once the latest certificate has run out: the page then asks for training again, not a renewal. */
    public boolean certificateExpired() {
        return certifiedUntil != null && certifiedUntil.isBefore(LocalDate.now(java.time.ZoneOffset.UTC));
    }

    /** Status of a module, as the learner sees it. */
    public enum Status { NOT_STARTED, IN_PROGRESS, PASSED }

    /**
     * One required module. {@code attemptsAllowed} includes the {@code attemptsGranted} by a training officer in
     * this round of training; {@code bestScore} is null until an attempt is submitted; {@code renewing}: passed in
     * an earlier round, so the quiz may be taken before the lessons.
     */
    public record ModuleStatus(String moduleId, String title, String summary, Status status, int lessonsDone,
                               int lessonsTotal, Integer bestScore, int attempts, int attemptsAllowed, int passMark,
                               String resumeLesson, int attemptsGranted, boolean renewing) {

        /**
         * The quiz opens once the lessons are done, or at once for a learner renewing a certificate who passed this
         * module in an earlier round (recertification).
         */
        public boolean quizOpen() {
            return lessonsDone >= lessonsTotal || renewing;
        }

        /** Every attempt is used and none passed: only a training officer can grant another. */
        public boolean outOfAttempts() {
            return status != Status.PASSED && attempts >= attemptsAllowed;
        }

        /** A training officer granted more attempts and some are left: the learner may try again. */
        public boolean mayTryAgain() {
            return status != Status.PASSED && attemptsGranted > 0 && attempts < attemptsAllowed;
        }
    }

    /** What to do next: a lesson, a quiz, or nothing left. */
    public record NextStep(String kind, String moduleId, String lesson, String title) {
    }
}
