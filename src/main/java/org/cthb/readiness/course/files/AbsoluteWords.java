package org.cthb.readiness.course.files;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Always" and "never" must not mark only wrong answers: test-wise readers discard absolute options. A true/false
 * statement counts as a correct answer when its key is true, as a distractor when it is false.
 */
final class AbsoluteWords {

    static final Pattern ABSOLUTE = Pattern.compile("(?iu)(?<![\\p{L}])(always|never|toujours|jamais)(?![\\p{L}])");

    private record Use(String word, String where, int line, boolean correct) {
    }

    private AbsoluteWords() {
    }

    static void check(LintedQuiz quiz, Problems problems) {
        List<Use> uses = new ArrayList<>();
        for (LintedQuiz.Item item : quiz.items()) {
            CourseContent.QuestionContent question = item.question();
            if (question.type() == QuestionType.TRUEFALSE) {
                word(question.text()).ifPresent(w -> uses.add(new Use(w, "the statement of " + question.id(),
                        item.textLine(), TrueFalseBalance.keyIsTrue(question))));
                continue;
            }
            for (int i = 0; i < question.options().size(); i++) {
                CourseContent.OptionContent option = question.options().get(i);
                int line = i < item.optionLines().size() ? item.optionLines().get(i) : item.optionsLine();
                word(option.text()).ifPresent(w -> uses.add(new Use(w, "option " + option.id() + " of "
                        + question.id(), line, option.correct())));
            }
        }
        if (uses.stream().noneMatch(Use::correct)) {
            uses.forEach(u -> problems.lint(quiz.file(), u.line(), QuizLint.CUE + u.where() + " says \"" + u.word()
                    + "\", and in this quiz absolute words appear only in wrong answers"));
        }
    }

    private static java.util.Optional<String> word(Text text) {
        for (String language : List.of("en", "fr")) {
            Matcher matcher = ABSOLUTE.matcher(text.in(language));
            if (matcher.find()) {
                return java.util.Optional.of(matcher.group(1));
            }
        }
        return java.util.Optional.empty();
    }
}
