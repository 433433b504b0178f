package org.cthb.readiness.authoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.account.CurrentAccount;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.web.PageContext;
import org.cthb.readiness.web.ScreensMsg;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.function.UnaryOperator;

/** The draft's editing forms for one module: the module, its lessons, its quiz and its questions. */
@Path("/author")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.AUTHOR_NAME, Role.ADMIN_NAME})
public class DraftEditPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance module(AuthorViews.ModuleEditor editor);

        static native TemplateInstance lesson(AuthorViews.LessonEditor editor);

        static native TemplateInstance quiz(AuthorViews.ModuleEditor editor);

        static native TemplateInstance question(AuthorViews.QuestionEditor editor);
    }

    /** Shares the class path with {@link AuthoringPage}: the router does not fall back between overlapping classes. */
    private static final String MODULE = "/courses/{id}/draft/modules/{module}";

    @Inject
    DraftEditors editors;
    @Inject
    DraftService drafts;
    @Inject
    CurrentAccount account;
    @Inject
    PageContext page;

    @PathParam("id")
    String courseId;
    @PathParam("module")
    String moduleId;

    @GET
    @Path(MODULE)
    @Operation(hidden = true)
    public TemplateInstance module(@QueryParam("saved") String saved) {
        return page.render(Templates.module(editors.module(courseId, moduleId, saved != null)));
    }

    @POST
    @Path(MODULE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveModule(MultivaluedMap<String, String> fields) {
        AuthorForm form = new AuthorForm(fields);
        return save(form, CourseEdits.module(moduleId, form), "");
    }

    @GET
    @Path(MODULE + "/lessons/{lesson}")
    @Operation(hidden = true)
    public TemplateInstance lesson(@PathParam("lesson") String lesson, @QueryParam("saved") String saved) {
        return page.render(Templates.lesson(editors.lesson(courseId, moduleId, lesson, saved != null)));
    }

    /** Saves, then shows the lesson again with its preview. */
    @POST
    @Path(MODULE + "/lessons/{lesson}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveLesson(@PathParam("lesson") String lesson, MultivaluedMap<String, String> fields) {
        AuthorForm form = new AuthorForm(fields);
        return save(form, LessonEdits.lesson(moduleId, lesson, form), "/lessons/" + lesson);
    }

    /** Adds a lesson at the end of the module and opens it. */
    @POST
    @Path(MODULE + "/lessons")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addLesson(MultivaluedMap<String, String> fields) {
        AuthorForm form = new AuthorForm(fields);
        ScreensMsg words = MessageBundles.get(ScreensMsg.class, Localized.Literal.of(page.lang()));
        String name = StructureEdits.lessonName(ContentEdits.module(drafts.draft(courseId).content(), moduleId), form,
                words);
        return save(form, StructureEdits.addLesson(moduleId, name, form, words), "/lessons/" + name);
    }

    @GET
    @Path(MODULE + "/quiz")
    @Operation(hidden = true)
    public TemplateInstance quiz(@QueryParam("saved") String saved) {
        return page.render(Templates.quiz(editors.module(courseId, moduleId, saved != null)));
    }

    @POST
    @Path(MODULE + "/quiz")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveQuiz(MultivaluedMap<String, String> fields) {
        AuthorForm form = new AuthorForm(fields);
        return save(form, QuizEdits.settings(moduleId, form), "/quiz");
    }

    @POST
    @Path(MODULE + "/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addQuestion(MultivaluedMap<String, String> fields) {
        AuthorForm form = new AuthorForm(fields);
        return save(form, QuizEdits.add(moduleId, form), "/questions/" + form.string("id").strip());
    }

    @GET
    @Path(MODULE + "/questions/{question}")
    @Operation(hidden = true)
    public TemplateInstance question(@PathParam("question") String question, @QueryParam("saved") String saved) {
        return page.render(Templates.question(editors.question(courseId, moduleId, question, saved != null)));
    }

    @POST
    @Path(MODULE + "/questions/{question}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveQuestion(@PathParam("question") String question, MultivaluedMap<String, String> fields) {
        AuthorForm form = new AuthorForm(fields);
        return save(form, QuizEdits.question(moduleId, question, form), "/questions/" + question);
    }

    @POST
    @Path(MODULE + "/questions/{question}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response removeQuestion(@PathParam("question") String question, MultivaluedMap<String, String> fields) {
        return save(new AuthorForm(fields), QuizEdits.remove(moduleId, question), "/quiz");
    }

    private Response save(AuthorForm form, UnaryOperator<CourseContent> edit, String then) {
        drafts.edit(courseId, form.revision(), account.name(), edit);
        return Response.seeOther(URI.create(DraftLinks.module(courseId, moduleId) + then + "?saved=1")).build();
    }
}
