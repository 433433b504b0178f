package org.cthb.readiness.quiz.draw;

import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.QuestionType;
import org.cthb.readiness.course.files.Text;

import java.util.ArrayList;
import java.util.List;

/** Questions built in code, so a draw test says exactly which pool it draws from. */
final class DrawFixtures {

    private DrawFixtures() {
    }

    static CourseContent.QuestionContent question(String id, QuestionType type, String paragraph, boolean graphicOnly,
                                                  CourseContent.OptionContent... options) {
        return new CourseContent.QuestionContent(id, type, paragraph,
                type == QuestionType.SCENARIO ? new Text("case " + id, "cas " + id) : null,
                new Text("text " + id, "texte " + id), List.of(options), graphicOnly, null, null, null);
    }

    static CourseContent.QuestionContent single(String id, String paragraph) {
        return question(id, QuestionType.SINGLE, paragraph, false, options(4));
    }

    static CourseContent.OptionContent[] options(int count) {
        List<CourseContent.OptionContent> options = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = String.valueOf((char) ('a' + i));
            options.add(new CourseContent.OptionContent(id, i == 0, new Text(id, id), new Text("f", "f"), false));
        }
        return options.toArray(CourseContent.OptionContent[]::new);
    }

    static CourseContent.OptionContent pinned(String id) {
        return new CourseContent.OptionContent(id, false, new Text(id, id), new Text("f", "f"), true);
    }

    static CourseContent.QuizContent quiz(int draw, List<CourseContent.QuestionContent> questions) {
        return new CourseContent.QuizContent("quiz.yaml", draw, 80, 3, 0, questions);
    }
}
