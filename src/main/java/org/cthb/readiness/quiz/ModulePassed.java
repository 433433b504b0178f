package org.cthb.readiness.quiz;

/** Fired, in the grading transaction, when a learner passes a module's quiz; certificates listen for it. */
public record ModulePassed(long accountId, long versionId, String moduleId, int score, long attemptId) {
}
