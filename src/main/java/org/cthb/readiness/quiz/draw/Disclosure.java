package org.cthb.readiness.quiz.draw;

/**
 * How much of the key a result shows. Revealing every key after a failed attempt lets a learner pass the next one by
 * memory rather than learning, so while attempts remain only the wrong answers are marked (with what to re-read);
 * the right options are shown once the learner has passed or has no attempt left (Moodle's "review after the quiz
 * is closed").
 */
public enum Disclosure {
    /** Which answers were wrong, the teaching point, its policy paragraph and the lesson; never a right option. */
    WRONG_MARKS_ONLY,
    /** Every question with its right options and the feedback of each option. */
    FULL_KEY;

    public static Disclosure after(boolean passed, int attemptsLeft) {
        return passed || attemptsLeft <= 0 ? FULL_KEY : WRONG_MARKS_ONLY;
    }

    public boolean showsKey() {
        return this == FULL_KEY;
    }
}
