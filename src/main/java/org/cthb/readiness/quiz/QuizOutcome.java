package org.cthb.readiness.quiz;

/**
 * A learner's standing on one quiz: attempts made, the best submitted score (null while none is submitted),
 * whether passed, any open attempt, the extra attempts granted in this round, and when the latest attempt was
 * submitted (the cool-down before the next one counts from it).
 */
public record QuizOutcome(int attempts, Integer bestScore, boolean passed, Long openAttemptId, int granted,
                          java.time.Instant lastSubmittedAt) {

    static final QuizOutcome NONE = new QuizOutcome(0, null, false, null, 0, null);

    QuizOutcome with(QuizAttempt attempt) {
        java.time.Instant submitted = attempt.submittedAt == null ? lastSubmittedAt
                : lastSubmittedAt == null || attempt.submittedAt.isAfter(lastSubmittedAt) ? attempt.submittedAt
                : lastSubmittedAt;
        return new QuizOutcome(attempts + 1, best(bestScore, attempt.score),
                passed || Boolean.TRUE.equals(attempt.passed), attempt.isOpen() ? attempt.id : openAttemptId, granted,
                submitted);
    }

    QuizOutcome withGranted(int extra) {
        return new QuizOutcome(attempts, bestScore, passed, openAttemptId, granted + extra, lastSubmittedAt);
    }

    /** Either may be null (no submitted attempt yet): no unboxing here, that was a 500 for every open attempt. */
    private static Integer best(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Integer.valueOf(Math.max(a, b));
    }
}
