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
import jakarta.ws.rs.core.StreamingOutput;
import org.cthb.readiness.account.CurrentAccount;
import org.cthb.readiness.course.CourseImporter;
import org.cthb.readiness.course.CourseService;
import org.cthb.readiness.course.InvalidCourse;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.web.PageContext;
import org.cthb.readiness.web.ScreensMsg;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;

/** The authors' pages for a course: its versions, its draft's front page, publishing and comparing. */
@Path("/author")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.AUTHOR_NAME, Role.ADMIN_NAME})
public class AuthoringPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance courses(List<AuthorViews.CourseRow> courses);

        static native TemplateInstance course(AuthorViews.CourseHistory course);

        static native TemplateInstance draft(AuthorViews.Overview overview);

        static native TemplateInstance compare(Comparison comparison);

        static native TemplateInstance publish(AuthorViews.PublishReview review);
    }

    @Inject
    DraftService drafts;
    @Inject
    ContentComparisons comparisons;
    @Inject
    CurrentAccount account;
    @Inject
    PageContext page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance courses() {
        return page.render(Templates.courses(drafts.courses()));
    }

    @GET
    @Path("/courses/{id}")
    @Operation(hidden = true)
    public TemplateInstance course(@PathParam("id") String id, @QueryParam("published") Integer published) {
        return page.render(Templates.course(new AuthorViews.CourseHistory(id, drafts.history(id), drafts.exists(id),
                published)));
    }

    @POST
    @Path("/courses/{id}/draft")
    @Operation(hidden = true)
    public Response open(@PathParam("id") String id) {
        drafts.open(id, account.name());
        return Response.seeOther(URI.create(DraftLinks.draft(id))).build();
    }

    @GET
    @Path("/courses/{id}/draft")
    @Operation(hidden = true)
    public TemplateInstance draft(@PathParam("id") String id, @QueryParam("saved") String saved) {
        return page.render(Templates.draft(overview(id, drafts.validate(id), saved != null)));
    }

    @POST
    @Path("/courses/{id}/draft/details")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response details(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        AuthorForm form = new AuthorForm(fields);
        drafts.edit(id, form.revision(), account.name(), CourseEdits.details(form));
        return Response.seeOther(URI.create(DraftLinks.draft(id) + "?saved=1")).build();
    }

    /** Adds a module at the end of the draft and opens it, its problems listing what is left to write. */
    @POST
    @Path("/courses/{id}/draft/modules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addModule(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        AuthorForm form = new AuthorForm(fields);
        ScreensMsg words = MessageBundles.get(ScreensMsg.class, Localized.Literal.of(page.lang()));
        drafts.edit(id, form.revision(), account.name(), StructureEdits.addModule(form, words));
        return Response.seeOther(URI.create(DraftLinks.module(id, StructureEdits.id(form, "id", words)) + "?saved=1"))
                .build();
    }

    /** What publishing would change, with the button that publishes (none while the draft has problems). */
    @GET
    @Path("/courses/{id}/draft/publish")
    @Operation(hidden = true)
    public TemplateInstance review(@PathParam("id") String id) {
        DraftView draft = drafts.draft(id);
        int latest = drafts.history(id).stream().mapToInt(v -> v.version()).max().orElse(0);
        Comparison changes = comparisons.compare(id, String.valueOf(draft.baseVersion()), "draft");
        return page.render(Templates.publish(new AuthorViews.PublishReview(draft, changes, latest + 1,
                drafts.validate(id).problems().size())));
    }

    /** Publishes, or shows the draft again with every problem that stops it. */
    @POST
    @Path("/courses/{id}/draft/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publish(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        try {
            CourseImporter.ImportResult result = drafts.publish(id, new AuthorForm(fields).revision(), account.name());
            return Response.seeOther(URI.create("/author/courses/" + id + "?published=" + result.version())).build();
        } catch (InvalidCourse e) {
            CourseService.Validation check = new CourseService.Validation(false, null, e.problems());
            return Response.status(422).entity(page.render(Templates.draft(overview(id, check, false)))).build();
        }
    }

    @POST
    @Path("/courses/{id}/draft/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response discard(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        drafts.discard(id, new AuthorForm(fields).revision());
        return Response.seeOther(URI.create("/author/courses/" + id)).build();
    }

    @GET
    @Path("/courses/{id}/draft/export")
    @Produces("application/zip")
    @Operation(hidden = true)
    public Response export(@PathParam("id") String id) {
        drafts.draft(id);
        StreamingOutput body = out -> drafts.export(id, out);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + id + "-draft.zip\"")
                .build();
    }

    @GET
    @Path("/courses/{id}/compare")
    @Operation(hidden = true)
    public TemplateInstance compare(@PathParam("id") String id, @QueryParam("from") String from,
                                    @QueryParam("to") String to) {
        return page.render(Templates.compare(comparisons.compare(id, from, to)));
    }

    private AuthorViews.Overview overview(String id, CourseService.Validation check, boolean saved) {
        DraftView draft = drafts.draft(id);
        return new AuthorViews.Overview(draft, check, Translations.missing(draft.content()), saved);
    }
}
