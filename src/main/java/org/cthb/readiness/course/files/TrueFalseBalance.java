package org.cthb.readiness.course.files;

import java.util.List;

/**
 * Between 40 and 60 % of a quiz's true/false keys are "true", or as close to half as an odd count allows: when most
 * are false, answering "false" every time passes.
 */
final class TrueFalseBalance {

    private TrueFalseBalance() {
    }

    static void check(LintedQuiz quiz, Problems problems) {
        List<LintedQuiz.Item> items = quiz.ofType(QuestionType.TRUEFALSE);
        int all = items.size();
        List<LintedQuiz.Item> trueKeys = items.stream().filter(i -> keyIsTrue(i.question())).toList();
        int share = all == 0 ? 50 : trueKeys.size() * 100 / all;
        boolean balanced = (trueKeys.size() * 10 >= all * 4 && trueKeys.size() * 10 <= all * 6)
                || Math.abs(2 * trueKeys.size() - all) <= 1;
        if (!balanced) {
            problems.lint(quiz.file(), quiz.questionsLine(), QuizLint.CUE + trueKeys.size() + " of " + all
                    + " true/false keys are true (" + share + " %); keep between 40 and 60 % true. True: "
                    + (trueKeys.isEmpty() ? "none" : LintedQuiz.list(trueKeys)));
        }
    }

    static boolean keyIsTrue(CourseContent.QuestionContent question) {
        return question.options().stream().anyMatch(o -> o.correct() && "true".equals(o.id()));
    }
}
