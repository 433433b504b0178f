package org.cthb.readiness.authoring;

import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.CourseService;
import org.cthb.readiness.course.files.CourseContent.LessonContent;
import org.cthb.readiness.course.files.CourseContent.LessonText;
import org.cthb.readiness.course.files.CourseContent.OptionContent;
import org.cthb.readiness.course.files.CourseContent.ModuleContent;
import org.cthb.readiness.course.files.CourseContent.QuestionContent;
import org.cthb.readiness.course.files.QuestionType;
import org.cthb.readiness.course.files.Text;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** What the authoring pages show; built by the page resources from the draft service's answers. */
public final class AuthorViews {

    private AuthorViews() {
    }

    /** A published course in the authors' list. */
    public record CourseRow(CourseCatalog.CourseSummary course, boolean hasDraft) {
    }

    /** A course's versions and its draft, if any. */
    public record CourseHistory(String courseId, List<CourseCatalog.VersionSummary> versions, boolean hasDraft,
                                Integer published) {
    }

    /** The draft's front page: its details, its modules, what the validator says and what lacks French. */
    public record Overview(DraftView draft, CourseService.Validation check, List<String> untranslated,
                           boolean saved) {
    }

    /** A module of the draft and its lessons and quiz. */
    public record ModuleEditor(DraftView draft, ModuleContent module, boolean saved) {

        public String roles() {
            return String.join(", ", module.roles());
        }
    }

    /** A lesson of the draft, one side per language. */
    public record LessonEditor(DraftView draft, ModuleContent module, LessonContent lesson, LessonSide en,
                               LessonSide fr, boolean saved) {
    }

    /**
     * One language of a lesson as its form shows it: absent fields as empty ones, what lacks French, and the
     * preview, rendered and sanitised exactly as learners get it.
     */
    public record LessonSide(String lang, LessonText text, String contentNote, String alternativeTitle,
                             int alternativeMinutes, String alternativeMarkdown, List<String> untranslated,
                             String preview, String alternativePreview) {
    }

    /** A question of the draft; {@code scenario} is empty rather than absent, for the form. */
    public record QuestionEditor(DraftView draft, ModuleContent module, QuestionContent question, Text scenario,
                                 boolean saved) {

        public List<OptionRow> options() {
            return IntStream.range(0, question.options().size())
                    .mapToObj(i -> new OptionRow(i + 1, question.options().get(i))).toList();
        }

        public List<String> types() {
            return Arrays.stream(QuestionType.values()).map(QuestionType::fileName).toList();
        }

        public Text blank() {
            return new Text("", "");
        }
    }

    /** An option and its number on the form, which names its fields ({@code o2_text_en}). */
    public record OptionRow(int n, OptionContent option) {

        public String prefix() {
            return "o" + n;
        }

        public String textName() {
            return prefix() + "_text";
        }

        public String feedbackName() {
            return prefix() + "_feedback";
        }
    }

    /** What publishing the draft would change, shown before the author confirms. */
    public record PublishReview(DraftView draft, Comparison comparison, int nextVersion, int problems) {

        /** Lessons and questions added, removed or changed in a module. */
        public int lessons(Comparison.ModuleChange module) {
            return module.lessons().size();
        }
    }
}
