package org.cthb.readiness.course.files;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Multiple-choice keys must vary: when most of a quiz's multiple-choice questions mark the same options correct
 * (say, all of them, or the first two), learning that one pattern answers them all.
 */
final class KeyPatterns {

    private KeyPatterns() {
    }

    static void check(LintedQuiz quiz, Problems problems) {
        List<LintedQuiz.Item> multiple = quiz.ofType(QuestionType.MULTIPLE);
        Map<String, List<LintedQuiz.Item>> byPattern = multiple.stream()
                .collect(Collectors.groupingBy(i -> pattern(i.question()), java.util.TreeMap::new, Collectors.toList()));
        byPattern.forEach((pattern, items) -> {
            if (items.size() >= 2 && items.size() * 2 > multiple.size()) {
                problems.lint(quiz.file(), items.get(0).line(), QuizLint.CUE + items.size() + " of " + multiple.size()
                        + " multiple-choice questions share the key " + pattern + ": " + LintedQuiz.list(items));
            }
        });
    }

    /** The key as the options stand in the file, e.g. [correct, correct, wrong, correct]. */
    static String pattern(CourseContent.QuestionContent question) {
        Function<CourseContent.OptionContent, String> mark = o -> o.correct() ? "correct" : "wrong";
        return question.options().stream().map(mark).collect(Collectors.joining(", ", "[", "]"));
    }
}
