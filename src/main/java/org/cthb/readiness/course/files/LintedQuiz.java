package org.cthb.readiness.course.files;

import java.util.ArrayList;
import java.util.List;

/** A valid quiz as the lint sees it: its content, and the line where each question and option is written. */
record LintedQuiz(String file, int drawLine, int questionsLine, CourseContent.QuizContent quiz, List<Item> items) {

    /** A question with the lines of its text, its options key and each option. */
    record Item(CourseContent.QuestionContent question, int line, int textLine, int optionsLine,
                List<Integer> optionLines) {

        String where() {
            return question.id() + " (line " + line + ")";
        }
    }

    /** Pairs the parsed questions with their YAML, which lists them in the same order once the quiz is valid. */
    static LintedQuiz of(YamlMap root, CourseContent.QuizContent quiz) {
        List<YamlMap> maps = root.maps("questions");
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < quiz.questions().size() && i < maps.size(); i++) {
            YamlMap question = maps.get(i);
            List<Integer> optionLines = question.maps("options").stream().map(YamlMap::line).toList();
            items.add(new Item(quiz.questions().get(i), question.line(), question.lineOf("text"),
                    question.lineOf("options"), optionLines));
        }
        return new LintedQuiz(root.file(), root.lineOf("draw"), root.lineOf("questions"), quiz, List.copyOf(items));
    }

    List<Item> ofType(QuestionType... types) {
        List<QuestionType> wanted = List.of(types);
        return items.stream().filter(i -> wanted.contains(i.question().type())).toList();
    }

    static String list(List<Item> items) {
        return String.join(", ", items.stream().map(Item::where).toList());
    }
}
