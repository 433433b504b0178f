package org.cthb.readiness.quiz;

/** Fired, in the grading transaction, whenever an attempt is graded (passed or not); LTI grade passback listens. */
public record QuizGraded(long accountId, long versionId, String moduleId, int score, boolean passed) {
}
