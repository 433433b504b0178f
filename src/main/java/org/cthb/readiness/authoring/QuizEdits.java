package org.cthb.readiness.authoring;

import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.CourseContent.OptionContent;
import org.cthb.readiness.course.files.CourseContent.QuestionContent;
import org.cthb.readiness.course.files.CourseContent.QuizContent;
import org.cthb.readiness.course.files.QuestionType;
import org.cthb.readiness.course.files.Text;
import org.cthb.readiness.error.InvalidInput;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The edits the quiz forms make: the quiz's rules, one question with its options (fields {@code o1_text_en},
 * {@code o1_correct}, ...; a filled {@code new_id} adds an option, {@code o2_remove} drops one), and a new
 * question.
 */
final class QuizEdits {

    private QuizEdits() {
    }

    static UnaryOperator<CourseContent> settings(String moduleId, AuthorForm form) {
        return ContentEdits.onQuiz(moduleId, q -> new QuizContent(q.file(), form.integer("draw"),
                form.integer("passMark"), form.integer("attempts"), form.integer("cooldownMinutes"), q.questions()));
    }

    static UnaryOperator<CourseContent> question(String moduleId, String questionId, AuthorForm form) {
        QuestionType type = type(form);
        return ContentEdits.onQuestion(moduleId, questionId, q -> {
            Text scenario = form.text("scenario", q.scenario());
            boolean hasScenario = type == QuestionType.SCENARIO || !scenario.en().isEmpty() || !scenario.fr().isEmpty();
            return new QuestionContent(q.id(), type, form.string("paragraph").strip(), hasScenario ? scenario : null,
                    form.text("text", q.text()), options(q, form), q.graphicOnly(), q.contentNote(), q.teachingPoint(),
                    q.lesson());
        });
    }

    static UnaryOperator<CourseContent> add(String moduleId, AuthorForm form) {
        String id = form.string("id").strip();
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            throw new InvalidInput("id", "id must be letters, digits, '-' or '_', not '" + id + "'");
        }
        QuestionType type = type(form);
        return ContentEdits.onQuiz(moduleId, quiz -> {
            if (quiz.question(id).isPresent()) {
                throw new InvalidInput("id", "the quiz already has a question " + id);
            }
            List<QuestionContent> questions = new ArrayList<>(quiz.questions());
            questions.add(new QuestionContent(id, type, "", type == QuestionType.SCENARIO ? blank() : null, blank(),
                    starterOptions(type)));
            return ContentEdits.withQuestions(quiz, questions);
        });
    }

    static UnaryOperator<CourseContent> remove(String moduleId, String questionId) {
        return ContentEdits.onQuiz(moduleId, quiz -> ContentEdits.withQuestions(quiz,
                quiz.questions().stream().filter(q -> !q.id().equals(questionId)).toList()));
    }

    private static List<OptionContent> options(QuestionContent question, AuthorForm form) {
        List<OptionContent> options = new ArrayList<>();
        for (int i = 1; i <= question.options().size(); i++) {
            String p = "o" + i + "_";
            if (!form.checked(p + "remove")) {
                // the browser editor has no field for pinning yet: an option keeps what its file said
                OptionContent old = question.options().get(i - 1);
                options.add(new OptionContent(form.string(p + "id").strip(), form.checked(p + "correct"),
                        form.text(p + "text", old.text()), form.text(p + "feedback", old.feedback()), old.pinned()));
            }
        }
        String newId = form.string("new_id").strip();
        if (!newId.isEmpty()) {
            options.add(new OptionContent(newId, form.checked("new_correct"), form.text("new_text"),
                    form.text("new_feedback")));
        }
        return options;
    }

    private static QuestionType type(AuthorForm form) {
        return QuestionType.fromFile(form.string("type")).orElseThrow(() -> new InvalidInput("type",
                "type must be single, multiple, truefalse or scenario"));
    }

    private static List<OptionContent> starterOptions(QuestionType type) {
        boolean trueFalse = type == QuestionType.TRUEFALSE;
        return List.of(new OptionContent(trueFalse ? "true" : "a", false, blank(), blank()),
                new OptionContent(trueFalse ? "false" : "b", false, blank(), blank()));
    }

    private static Text blank() {
        return new Text("", "");
    }
}
