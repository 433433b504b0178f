package org.cthb.readiness.learning;

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
import org.cthb.readiness.account.CurrentAccount;
import org.cthb.readiness.web.OptionalBody;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The learner's dashboard and lessons as JSON: every action of the learning pages. */
@Path("/api/learning")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class LearningResource {

    /** Marks a lesson done; {@code alternative} says it was read in its non-graphic version. */
    public record Done(boolean alternative) {
    }

    @Inject
    LearningService learning;
    @Inject
    CurrentAccount account;
    @Inject
    PageContext page;

    @GET
    @Path("/dashboard")
    @Operation(summary = "Required modules, their status, and the next step")
    public Dashboard dashboard() {
        return learning.dashboard(account.id(), page.lang());
    }

    @GET
    @Path("/versions/{version}/modules/{module}/lessons/{lesson}")
    @Operation(summary = "A lesson; a sensitive one shows its content note unless view=lesson or view=alternative")
    public LessonView lesson(@PathParam("version") int version, @PathParam("module") String module,
                             @PathParam("lesson") String lesson, @QueryParam("view") String view) {
        return learning.lesson(account.id(), version, module, lesson, view, page.lang());
    }

    @POST
    @Path("/versions/{version}/modules/{module}/lessons/{lesson}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a lesson done (the alternative counts the same); returns the next step")
    public Dashboard.NextStep done(@PathParam("version") int version, @PathParam("module") String module,
                                   @PathParam("lesson") String lesson, @OptionalBody Done body) {
        return learning.markDone(account.id(), version, module, lesson, body != null && body.alternative(),
                page.lang());
    }
}
