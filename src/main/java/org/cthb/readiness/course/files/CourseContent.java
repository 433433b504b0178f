package org.cthb.readiness.course.files;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a course version holds, exactly as its files say: what is hashed, stored, rendered and exported.
 *
 * @param assets images the lessons show, by path relative to the course folder, Base64-encoded
 */
public record CourseContent(String id, Text title, Text description, List<ModuleContent> modules,
                            Map<String, String> assets) {

    public Optional<ModuleContent> module(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    /** A module: its lessons in order and its quiz. */
    public record ModuleContent(String folder, String id, Text title, Text summary, List<String> roles,
                                List<LessonContent> lessons, QuizContent quiz) {

        public Optional<LessonContent> lesson(String name) {
            return lessons.stream().filter(l -> l.name().equals(name)).findFirst();
        }

        @JsonIgnore
        public boolean isCore() {
            return roles.contains("ALL_PERSONNEL");
        }
    }

    /** A lesson in both languages. */
    public record LessonContent(String name, LessonText en, LessonText fr) {

        public LessonText in(String language) {
            return "fr".equals(language) ? fr : en;
        }
    }

    /** One language of a lesson: its front matter, its Markdown and, when sensitive, its alternative. */
    public record LessonText(String title, int minutes, boolean sensitive, String contentNote, String alternativePath,
                             String markdown, AlternativeText alternative) {
    }

    /** The non-graphic alternative of a sensitive lesson; completing it counts the same. */
    public record AlternativeText(String title, int minutes, String markdown) {
    }

    /** A module's quiz: a pool of questions of which each attempt draws {@code draw}. */
    public record QuizContent(String file, int draw, int passMark, int attempts, int cooldownMinutes,
                              List<QuestionContent> questions) {

        public Optional<QuestionContent> question(String questionId) {
            return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
        }
    }

    /** A question, the policy paragraph it tests, and its options with feedback. */
    public record QuestionContent(String id, QuestionType type, String paragraph, Text scenario, Text text,
                                  List<OptionContent> options) {
    }

    /** An answer option; its feedback is shown after submission. */
    public record OptionContent(String id, boolean correct, Text text, Text feedback) {
    }
}
