package org.cthb.readiness.learning;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a learner stands: the standard they train to, their required modules, each module's status, the one next
 * step, and their certification (certified until, renewal opens; both null before the first certificate).
 */
public record Dashboard(String courseId, String courseTitle, int version, String standard, List<ModuleStatus> modules,
                        NextStep next, LocalDate certifiedUntil, LocalDate renewalOpens) {

    /** How many of the required modules are passed. */
    public long modulesPassed() {
        return modules.stream().filter(m -> m.status() == Status.PASSED).count();
    }

    /** Minutes of reading left in the lessons not yet done of modules not yet passed (the course's own estimates). */
    public int minutesLeft() {
        return modules.stream().filter(m -> m.status() != Status.PASSED)
                .flatMap(m -> m.lessons().stream()).filter(l -> !l.done()).mapToInt(LessonLink::minutes).sum();
    }

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
                               String resumeLesson, int attemptsGranted, boolean renewing, List<LessonLink> lessons,
                               java.time.Instant nextAttemptAt, boolean attemptOpen) {

        /**
         * The lessons let the quiz open: all done (the non-graphic alternative counts), or the learner is renewing a
         * certificate and passed this module in an earlier round (recertification).
         */
        public boolean lessonsAllowQuiz() {
            return lessonsDone >= lessonsTotal || renewing;
        }

        /**
         * A failed attempt's cool-down still runs: the quiz opens at {@code nextAttemptAt}, which the page shows
         * instead of a link that would only be refused.
         */
        public boolean waiting() {
            return nextAttemptAt != null && java.time.Instant.now().isBefore(nextAttemptAt);
        }

        /** An attempt failed, another is allowed and its cool-down is over: "Try again". */
        public boolean tryAgain() {
            return status != Status.PASSED && attempts > 0 && !attemptOpen && !outOfAttempts() && !waiting();
        }

        /** The quiz can be opened now (a new attempt, the open one, or another after a failure). */
        public boolean quizOpen() {
            return lessonsAllowQuiz() && status != Status.PASSED && !outOfAttempts() && !waiting();
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

    /** A lesson of a module card: where it is, what it is called, how long it takes, whether it is done. */
    public record LessonLink(String name, String title, int minutes, boolean done) {
    }

    /** What to do next: a lesson, a quiz, or nothing left. */
    public record NextStep(String kind, String moduleId, String lesson, String title) {
    }
}
