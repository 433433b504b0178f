package org.cthb.readiness.learning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.account.CurrentAccount;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The learner's pages: dashboard and lessons. Forms post, then redirect; no JavaScript needed. */
@Path("/learn")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class LearningPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard dashboard, Deadlines.Deadline upcoming);

        static native TemplateInstance lesson(LessonView lesson);
    }

    @Inject
    LearningService learning;
    @Inject
    CurrentAccount account;
    @Inject
    PageContext page;
    @Inject
    Deadlines deadlines;

    @GET
    @Operation(hidden = true)
    public TemplateInstance dashboard() {
        return page.render(Templates.dashboard(learning.dashboard(account.id(), page.lang()),
                deadlines.next(account.id(), LocalDate.now(ZoneOffset.UTC), page.lang()).orElse(null)));
    }

    @GET
    @Path("/v/{version}/{module}/{lesson}")
    @Operation(hidden = true)
    public TemplateInstance lesson(@PathParam("version") int version, @PathParam("module") String module,
                                   @PathParam("lesson") String lesson, @QueryParam("view") String view) {
        return page.render(Templates.lesson(learning.lesson(account.id(), version, module, lesson, view, page.lang())));
    }

    @POST
    @Path("/v/{version}/{module}/{lesson}/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response done(@PathParam("version") int version, @PathParam("module") String module,
                         @PathParam("lesson") String lesson, @RestForm String alternative) {
        Dashboard.NextStep next = learning.markDone(account.id(), version, module, lesson,
                "true".equals(alternative), page.lang());
        return Response.seeOther(URI.create(LearningLinks.of(version, next))).build();
    }
}
