package org.cthb.readiness.xapi;

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
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;

/** The administrator's page of the xAPI outbox: each nation's queue and its dead letters, each to resend or discard. */
@Path("/admin/xapi")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class XapiOutboxPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outbox(List<DeadLetters.NationOutbox> nations,
                                              List<DeadLetters.DeadLetter> letters, String done);
    }

    @Inject
    DeadLetters deadLetters;
    @Inject
    PageContext page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance outbox(@QueryParam("nation") String nation, @QueryParam("done") String done) {
        return page.render(Templates.outbox(deadLetters.outboxes(), deadLetters.list(nation),
                "resent".equals(done) || "discarded".equals(done) ? done : null));
    }

    @POST
    @Path("dead-letters/{id}/resend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response resend(@PathParam("id") long id) {
        deadLetters.resend(id);
        return Response.seeOther(URI.create("/admin/xapi?done=resent")).build();
    }

    @POST
    @Path("dead-letters/{id}/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response discard(@PathParam("id") long id) {
        deadLetters.discard(id);
        return Response.seeOther(URI.create("/admin/xapi?done=discarded")).build();
    }
}
