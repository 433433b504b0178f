package org.cthb.readiness.course.files;

import java.util.List;

/**
 * The correct option must not be the longest too often: authors qualify the right answer until it is the longest,
 * and "pick the longest" is the first trick a test-wise reader tries. Checked in each language.
 */
final class LengthCue {

    private LengthCue() {
    }

    static void check(LintedQuiz quiz, Problems problems) {
        List<LintedQuiz.Item> asked = quiz.ofType(QuestionType.SINGLE, QuestionType.SCENARIO);
        for (String language : List.of("en", "fr")) {
            List<LintedQuiz.Item> longest = asked.stream().filter(i -> correctIsLongest(i.question(), language))
                    .toList();
            if (longest.size() * 3 > asked.size()) {
                problems.lint(quiz.file(), quiz.questionsLine(), QuizLint.CUE + "the correct option is the longest ("
                        + ("en".equals(language) ? "English" : "French") + ") in " + longest.size() + " of "
                        + asked.size() + " single and scenario questions, more than a third: "
                        + LintedQuiz.list(longest));
            }
        }
    }

    /** Ties count: a guesser choosing among equally long options still wins as often. */
    static boolean correctIsLongest(CourseContent.QuestionContent question, String language) {
        int correct = question.options().stream().filter(CourseContent.OptionContent::correct)
                .mapToInt(o -> length(o, language)).max().orElse(0);
        return question.options().size() > 1 && question.options().stream().filter(o -> !o.correct())
                .allMatch(o -> length(o, language) <= correct);
    }

    private static int length(CourseContent.OptionContent option, String language) {
        return option.text().in(language).strip().length();
    }
}
