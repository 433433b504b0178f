package org.cthb.readiness.course.files;

/** Four or more options on single-answer and scenario questions: with three, a guess is right one time in three. */
final class OptionCount {

    static final int MINIMUM = 4;

    private OptionCount() {
    }

    static void check(LintedQuiz quiz, Problems problems) {
        for (LintedQuiz.Item item : quiz.ofType(QuestionType.SINGLE, QuestionType.SCENARIO)) {
            int options = item.question().options().size();
            if (options < MINIMUM) {
                problems.lint(quiz.file(), item.optionsLine(), QuizLint.CUE + item.question().type().fileName()
                        + " question " + item.question().id() + " has " + options + " options; single and scenario"
                        + " questions need at least " + MINIMUM);
            }
        }
    }
}
