package org.cthb.readiness.authoring;

import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.CourseContent.AlternativeText;
import org.cthb.readiness.course.files.CourseContent.LessonContent;
import org.cthb.readiness.course.files.CourseContent.LessonText;

import java.util.function.UnaryOperator;

/**
 * The edit the lesson form makes: each language's front matter, Markdown and non-graphic alternative. Fields
 * are named {@code en_title}, {@code fr_markdown}, {@code en_alt_title} and so on.
 */
final class LessonEdits {

    private LessonEdits() {
    }

    static UnaryOperator<CourseContent> lesson(String moduleId, String lesson, AuthorForm form) {
        return ContentEdits.onLesson(moduleId, lesson, l -> new LessonContent(l.name(),
                text(form, "en", l.name(), l.en()), text(form, "fr", l.name(), l.fr()),
                // The editor edits English and French; a further language's lesson file is kept as it was.
                l.others()));
    }

    private static LessonText text(AuthorForm form, String lang, String name, LessonText old) {
        AlternativeText alternative = alternative(form, lang + "_alt_");
        String path = alternative == null ? null
                : old.alternativePath() != null ? old.alternativePath() : "alt/" + name + "." + lang + ".md";
        return new LessonText(form.string(lang + "_title").strip(), form.integer(lang + "_minutes"),
                form.checked(lang + "_sensitive"), optionalStripped(form, lang + "_contentNote"), path,
                form.string(lang + "_markdown"), alternative);
    }

    /** An alternative when the author wrote one; emptying its fields removes it. */
    private static AlternativeText alternative(AuthorForm form, String prefix) {
        String title = optionalStripped(form, prefix + "title");
        String markdown = form.optional(prefix + "markdown");
        if (title == null && markdown == null) {
            return null;
        }
        return new AlternativeText(title == null ? "" : title, form.integer(prefix + "minutes"),
                markdown == null ? "" : markdown);
    }

    private static String optionalStripped(AuthorForm form, String name) {
        String value = form.optional(name);
        return value == null ? null : value.strip();
    }
}
