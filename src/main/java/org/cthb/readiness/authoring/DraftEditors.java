package org.cthb.readiness.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.CourseContent.AlternativeText;
import org.cthb.readiness.course.files.CourseContent.LessonText;
import org.cthb.readiness.course.files.Text;
import org.cthb.readiness.learning.LessonRenderer;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds what the editing forms show from the draft. The preview goes through the learners' own renderer and
 * sanitiser, so an author sees exactly what learners will, and a payload that learners would not get is not
 * run in the author's browser either.
 */
@ApplicationScoped
public class DraftEditors {

    @Inject
    DraftService drafts;

    public AuthorViews.ModuleEditor module(String courseId, String moduleId, boolean saved) {
        DraftView draft = drafts.draft(courseId);
        return new AuthorViews.ModuleEditor(draft, ContentEdits.module(draft.content(), moduleId), saved);
    }

    public AuthorViews.LessonEditor lesson(String courseId, String moduleId, String lessonName, boolean saved) {
        DraftView draft = drafts.draft(courseId);
        CourseContent.LessonContent lesson = ContentEdits.lesson(draft.content(), moduleId, lessonName);
        CourseContent.ModuleContent module = ContentEdits.module(draft.content(), moduleId);
        // A draft's images are those of the version it was copied from (the browser cannot add images).
        String images = LessonRenderer.imageBase(courseId, draft.baseVersion(), module.folder());
        return new AuthorViews.LessonEditor(draft, module, lesson,
                side("en", lesson.en(), null, images), side("fr", lesson.fr(), lesson.en(), images), saved);
    }

    public AuthorViews.QuestionEditor question(String courseId, String moduleId, String questionId, boolean saved) {
        DraftView draft = drafts.draft(courseId);
        CourseContent.QuestionContent question = ContentEdits.question(draft.content(), moduleId, questionId);
        Text scenario = question.scenario() == null ? new Text("", "") : question.scenario();
        return new AuthorViews.QuestionEditor(draft, ContentEdits.module(draft.content(), moduleId), question,
                scenario, saved);
    }

    private static AuthorViews.LessonSide side(String lang, LessonText text, LessonText english, String images) {
        AlternativeText alt = text.alternative();
        List<String> untranslated = new ArrayList<>();
        if (english != null) {
            flag(untranslated, "title", english.title(), text.title());
            flag(untranslated, "contentNote", english.contentNote(), text.contentNote());
            flag(untranslated, "markdown", english.markdown(), text.markdown());
        }
        return new AuthorViews.LessonSide(lang, text, text.contentNote() == null ? "" : text.contentNote(),
                alt == null ? "" : alt.title(), alt == null ? text.minutes() : alt.minutes(),
                alt == null ? "" : alt.markdown(), untranslated, html(text.markdown(), images),
                alt == null ? null : html(alt.markdown(), alternativeImages(images, text.alternativePath())));
    }

    private static void flag(List<String> untranslated, String field, String en, String fr) {
        if (Translations.untranslated(en, fr)) {
            untranslated.add(field);
        }
    }

    private static String html(String markdown, String images) {
        return markdown == null ? "" : LessonRenderer.safeHtml(markdown, images);
    }

    private static String alternativeImages(String images, String alternativePath) {
        int slash = alternativePath == null ? -1 : alternativePath.lastIndexOf('/');
        return slash < 0 ? images : images + alternativePath.substring(0, slash + 1);
    }
}
