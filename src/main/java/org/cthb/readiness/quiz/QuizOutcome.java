package org.cthb.readiness.quiz;

/**
 * A learner's standing on one quiz: attempts made, the best submitted score (null while none is submitted),
 * whether passed, any open attempt, and the extra attempts granted in this round.
 */
public record QuizOutcome(int attempts, Integer bestScore, boolean passed, Long openAttemptId, int granted) {

    static final QuizOutcome NONE = new QuizOutcome(0, null, false, null, 0);

    QuizOutcome with(QuizAttempt attempt) {
        return new QuizOutcome(attempts + 1, best(bestScore, attempt.score),
                passed || Boolean.TRUE.equals(attempt.passed), attempt.isOpen() ? attempt.id : openAttemptId, granted);
    }

    QuizOutcome withGranted(int extra) {
        return new QuizOutcome(attempts, bestScore, passed, openAttemptId, granted + extra);
    }

    /** Either may be null (no submitted attempt yet): no unboxing here, that was a 500 for every open attempt. */
    private static Integer best(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Integer.valueOf(Math.max(a, b));
    }
}
