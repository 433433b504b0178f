package org.cthb.readiness.authoring;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cthb.readiness.course.CourseService;
import org.cthb.readiness.web.Msg;
import org.cthb.readiness.web.PageContext;
import org.cthb.readiness.web.ScreensMsg;

import java.util.List;

/**
 * What the validator says about the draft, for the editing pages ({@code inject:draftCheck} in templates): every
 * problem in the author's words, those of the page being shown, and those of one of its fields. The draft is
 * checked once per request, as publishing would check it.
 */
@Named("draftCheck")
@RequestScoped
public class DraftCheck {

    @Inject
    DraftService drafts;
    @Inject
    PageContext page;

    private String courseId;
    private List<AuthorProblem> problems;

    /** Every problem of the draft. */
    public List<AuthorProblem> all(String course) {
        if (problems == null || !course.equals(courseId)) {
            CourseService.Validation check = drafts.validate(course);
            problems = explain(course, check);
            courseId = course;
        }
        return problems;
    }

    public List<AuthorProblem> explain(String course, CourseService.Validation check) {
        Localized language = Localized.Literal.of(page.lang());
        return new DraftProblems(course, drafts.draft(course).content(), MessageBundles.get(Msg.class, language),
                MessageBundles.get(ScreensMsg.class, language), page.lang()).of(check.problems());
    }

    /** The problems whose place is the page being shown. */
    public List<AuthorProblem> here(String course) {
        String path = page.here().replaceFirst("[?#].*", "");
        return all(course).stream().filter(p -> p.page().equals(path)).toList();
    }

    /** The problems of one field of the page being shown. */
    public List<AuthorProblem> at(String course, String field) {
        return here(course).stream().filter(p -> field.equals(p.field())).toList();
    }

    /** The same for a field of one language of a lesson ({@code en_title}). */
    public List<AuthorProblem> atIn(String course, String lang, String field) {
        return at(course, lang + "_" + field);
    }
}
