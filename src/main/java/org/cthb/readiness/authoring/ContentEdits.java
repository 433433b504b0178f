package org.cthb.readiness.authoring;

import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.CourseContent.LessonContent;
import org.cthb.readiness.course.files.CourseContent.ModuleContent;
import org.cthb.readiness.course.files.CourseContent.QuestionContent;
import org.cthb.readiness.course.files.CourseContent.QuizContent;
import org.cthb.readiness.error.NotFound;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Replaces one part of immutable course content, leaving everything else as it was. */
final class ContentEdits {

    private ContentEdits() {
    }

    static ModuleContent module(CourseContent course, String moduleId) {
        return course.module(moduleId).orElseThrow(() -> new NotFound("The draft has no module " + moduleId));
    }

    static LessonContent lesson(CourseContent course, String moduleId, String lesson) {
        return module(course, moduleId).lesson(lesson)
                .orElseThrow(() -> new NotFound("Module " + moduleId + " has no lesson " + lesson));
    }

    static QuestionContent question(CourseContent course, String moduleId, String questionId) {
        return module(course, moduleId).quiz().question(questionId)
                .orElseThrow(() -> new NotFound("The quiz of " + moduleId + " has no question " + questionId));
    }

    static UnaryOperator<CourseContent> onModule(String moduleId, UnaryOperator<ModuleContent> edit) {
        return course -> {
            module(course, moduleId);
            return new CourseContent(course.id(), course.title(), course.description(),
                    replace(course.modules(), m -> m.id().equals(moduleId), edit), course.assets());
        };
    }

    static UnaryOperator<CourseContent> onLesson(String moduleId, String lesson, UnaryOperator<LessonContent> edit) {
        return onModule(moduleId, m -> {
            m.lesson(lesson).orElseThrow(() -> new NotFound("Module " + moduleId + " has no lesson " + lesson));
            return new ModuleContent(m.folder(), m.id(), m.title(), m.summary(), m.roles(),
                    replace(m.lessons(), l -> l.name().equals(lesson), edit), m.quiz(), m.jobAid());
        });
    }

    static UnaryOperator<CourseContent> onQuiz(String moduleId, UnaryOperator<QuizContent> edit) {
        return onModule(moduleId, m -> new ModuleContent(m.folder(), m.id(), m.title(), m.summary(), m.roles(),
                m.lessons(), edit.apply(m.quiz()), m.jobAid()));
    }

    static UnaryOperator<CourseContent> onQuestion(String moduleId, String questionId,
                                                   UnaryOperator<QuestionContent> edit) {
        return onQuiz(moduleId, q -> {
            q.question(questionId).orElseThrow(() -> new NotFound("No question " + questionId + " in " + moduleId));
            return withQuestions(q, replace(q.questions(), x -> x.id().equals(questionId), edit));
        });
    }

    static QuizContent withQuestions(QuizContent quiz, List<QuestionContent> questions) {
        return new QuizContent(quiz.file(), quiz.draw(), quiz.passMark(), quiz.attempts(), quiz.cooldownMinutes(),
                List.copyOf(questions));
    }

    private static <T> List<T> replace(List<T> items, Predicate<T> which, Function<T, T> edit) {
        List<T> result = new ArrayList<>(items.size());
        for (T item : items) {
            result.add(which.test(item) ? edit.apply(item) : item);
        }
        return List.copyOf(result);
    }
}
