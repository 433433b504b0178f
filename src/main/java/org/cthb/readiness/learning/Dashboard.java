package org.cthb.readiness.learning;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a learner stands: the standard they train to, their required modules, each module's status, the one next
 * step, and their certification (certified until, renewal opens; both null before the first certificate);
 * {@code versionId} is the course version of the round, which a certificate records (not shown).
 */
public record Dashboard(String courseId, String courseTitle, int version, String standard, List<ModuleStatus> modules,
                        NextStep next, LocalDate certifiedUntil, LocalDate renewalOpens,
                        @com.fasterxml.jackson.annotation.JsonIgnore long versionId) {

    /** How many of the required modules are done: passed here, or recognised from a credential earned elsewhere. */
    public long modulesPassed() {
        return modules.stream().filter(ModuleStatus::done).count();
    }

    /** Every required module is done: what a certificate needs. */
    public boolean complete() {
        return !modules.isEmpty() && modules.stream().allMatch(ModuleStatus::done);
    }

    /** Minutes of reading left in the lessons not yet done of modules not yet passed (the course's own estimates). */
    public int minutesLeft() {
        return modules.stream().filter(m -> !m.done())
                .flatMap(m -> m.lessons().stream()).filter(l -> !l.done()).mapToInt(LessonLink::minutes).sum();
    }

    /** True once the latest certificate has run out: the page then asks for training again, not a renewal. */
    public boolean certificateExpired() {
        return certifiedUntil != null && certifiedUntil.isBefore(LocalDate.now(java.time.ZoneOffset.UTC));
    }

    /**
     * Status of a module, as the learner sees it; RECOGNISED: not passed here, but a live recognition of prior
     * learning stands for it, which counts as done (no quiz needed).
     */
    public enum Status { NOT_STARTED, IN_PROGRESS, PASSED, RECOGNISED }

    /**
     * One required module. {@code attemptsAllowed} includes the {@code attemptsGranted} by a training officer in
     * this round of training; {@code bestScore} is null until an attempt is submitted; {@code renewing}: passed in
     * an earlier round, so the quiz may be taken before the lessons. {@code recognisedFrom} (the source),
     * {@code recognitionId} and {@code recognisedUntil} describe the live recognition of a RECOGNISED module;
     * {@code recognitionExpiredOn} is the day a recognition of the module ran out, when none is live any more.
     */
    public record ModuleStatus(String moduleId, String title, String summary, Status status, int lessonsDone,
                               int lessonsTotal, Integer bestScore, int attempts, int attemptsAllowed, int passMark,
                               String resumeLesson, int attemptsGranted, boolean renewing, List<LessonLink> lessons,
                               java.time.Instant nextAttemptAt, boolean attemptOpen, String recognisedFrom,
                               Long recognitionId, java.time.Instant recognisedUntil,
                               LocalDate recognitionExpiredOn) {

        /** Passed here or recognised: nothing is owed for this module. */
        public boolean done() {
            return status == Status.PASSED || status == Status.RECOGNISED;
        }

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
            return !done() && attempts > 0 && !attemptOpen && !outOfAttempts() && !waiting();
        }

        /** The quiz can be opened now (a new attempt, the open one, or another after a failure). */
        public boolean quizOpen() {
            return lessonsAllowQuiz() && !done() && !outOfAttempts() && !waiting();
        }

        /** Every attempt is used and none passed: only a training officer can grant another. */
        public boolean outOfAttempts() {
            return !done() && attempts >= attemptsAllowed;
        }

        /** A training officer granted more attempts and some are left: the learner may try again. */
        public boolean mayTryAgain() {
            return !done() && attemptsGranted > 0 && attempts < attemptsAllowed;
        }
    }

    /** A lesson of a module card: where it is, what it is called, how long it takes, whether it is done. */
    public record LessonLink(String name, String title, int minutes, boolean done) {
    }

    /** What to do next: a lesson, a quiz, or nothing left. */
    public record NextStep(String kind, String moduleId, String lesson, String title) {
    }
}
