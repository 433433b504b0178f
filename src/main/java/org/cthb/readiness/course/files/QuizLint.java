package org.cthb.readiness.course.files;

/**
 * Looks for the cues that let someone pass a quiz without reading the lessons (issue 17): a short pool, too few
 * options, a correct option that stands out by its length, unbalanced or patterned keys, and absolute words that
 * only ever mark a wrong answer. Each finding names the file and line and starts with "test-wise cue".
 */
final class QuizLint {

    static final String CUE = "test-wise cue: ";

    private QuizLint() {
    }

    static void check(YamlMap root, CourseContent.QuizContent quiz, Problems problems) {
        LintedQuiz linted = LintedQuiz.of(root, quiz);
        PoolSize.check(linted, problems);
        OptionCount.check(linted, problems);
        LengthCue.check(linted, problems);
        TrueFalseBalance.check(linted, problems);
        KeyPatterns.check(linted, problems);
        AbsoluteWords.check(linted, problems);
    }
}
