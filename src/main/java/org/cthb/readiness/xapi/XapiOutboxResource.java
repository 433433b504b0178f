package org.cthb.readiness.xapi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/** The xAPI outbox for administrators, as JSON: each nation's queue, and the dead letters to resend or discard. */
@Path("/api/xapi")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class XapiOutboxResource {

    @Inject
    DeadLetters deadLetters;

    @GET
    @Path("outbox")
    @Operation(summary = "Each nation's xAPI outbox: statements waiting, the oldest one's age, dead letters, and the"
            + " back-off of its LRS")
    public List<DeadLetters.NationOutbox> outbox() {
        return deadLetters.outboxes();
    }

    @GET
    @Path("dead-letters")
    @Operation(summary = "Statements the nation's LRS refused several times (a 4xx about the statement), with its"
            + " last answer, oldest first")
    public List<DeadLetters.DeadLetter> deadLetters(
            @Parameter(description = "ISO 3166 alpha-3 code; all nations when absent") @QueryParam("nation")
            String nation) {
        return deadLetters.list(nation);
    }

    @POST
    @Path("dead-letters/{id}/resend")
    @Operation(summary = "Put a dead letter back in the queue, due now; audited")
    public void resend(@PathParam("id") long id) {
        deadLetters.resend(id);
    }

    @DELETE
    @Path("dead-letters/{id}")
    @Operation(summary = "Discard a dead letter for good; audited with the LRS's last answer")
    public void discard(@PathParam("id") long id) {
        deadLetters.discard(id);
    }
}
