package org.cthb.readiness.course.files;

/** A pool of at least three times the draw, so that retrying does not walk a learner through every question. */
final class PoolSize {

    static final int FACTOR = 3;

    private PoolSize() {
    }

    static void check(LintedQuiz quiz, Problems problems) {
        int pool = quiz.quiz().questions().size();
        int draw = quiz.quiz().draw();
        if (pool < FACTOR * draw) {
            problems.lint(quiz.file(), quiz.drawLine(), QuizLint.CUE + "a pool of " + pool + " questions for a draw of "
                    + draw + "; the pool needs at least " + FACTOR * draw + " (three times the draw)");
        }
    }
}
