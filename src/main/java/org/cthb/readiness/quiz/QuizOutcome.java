package org.cthb.readiness.quiz;

/** A learner's standing on one quiz: attempts made, the best score, whether passed, and any open attempt. */
public record QuizOutcome(int attempts, Integer bestScore, boolean passed, Long openAttemptId) {

    static final QuizOutcome NONE = new QuizOutcome(0, null, false, null);

    QuizOutcome with(QuizAttempt attempt) {
        Integer best = attempt.score == null ? bestScore
                : bestScore == null ? attempt.score : Math.max(bestScore, attempt.score);
        return new QuizOutcome(attempts + 1, best, passed || Boolean.TRUE.equals(attempt.passed),
                attempt.isOpen() ? attempt.id : openAttemptId);
    }
}
