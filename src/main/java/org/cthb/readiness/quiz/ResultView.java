package org.cthb.readiness.quiz;

import java.util.List;

/**
 * A submitted attempt: score against the pass mark, and per question whether it was answered right. How much of the
 * key it shows follows {@link org.cthb.readiness.quiz.draw.Disclosure}: after a failed attempt with attempts left,
 * only which answers were wrong, with the teaching point, the policy paragraph and a link to the lesson ({@code
 * options} is then empty); after a pass or the last attempt, every option in the order shown, whether it was right
 * and its feedback.
 *
 * @param disclosure   WRONG_MARKS_ONLY or FULL_KEY
 * @param attemptsLeft attempts the learner still has at this quiz in this round
 */
public record ResultView(long attemptId, String courseId, int version, String moduleId, String moduleTitle,
                         int score, int passMark, boolean passed, int attemptNo, int attemptsAllowed,
                         String disclosure, int attemptsLeft, List<QuestionResult> questions) {

    /**
     * How one question was answered. {@code teachingPoint}, {@code lesson} and {@code lessonTitle} are given for a
     * question answered wrongly (the teaching point is the author's, or null when they wrote none).
     */
    public record QuestionResult(String id, String paragraph, String contentNote, String scenario, String text,
                                 boolean correct, String teachingPoint, String lesson, String lessonTitle,
                                 List<OptionResult> options) {
    }

    /** One option with the full key: its position as shown, was it right, was it chosen, and why. */
    public record OptionResult(String id, String text, boolean correct, boolean chosen, String feedback) {
    }

    public boolean fullKey() {
        return "FULL_KEY".equals(disclosure);
    }
}
