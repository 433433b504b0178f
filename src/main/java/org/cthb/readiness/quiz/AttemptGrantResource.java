package org.cthb.readiness.quiz;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A person's quiz attempts and the extra attempts granted them, as JSON, for their nation's officers. */
@Path("/api/nations/{iso3}/people/{nationalId}")
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class AttemptGrantResource {

    @Inject
    AttemptGrants grants;
    @Inject
    PageContext page;

    @GET
    @Path("/attempts")
    @Operation(summary = "Attempts used and allowed at each quiz in the person's current round, and grants made")
    public AttemptGrants.PersonAttempts attempts(@PathParam("iso3") String iso3,
                                                 @PathParam("nationalId") String nationalId) {
        return grants.person(iso3, nationalId, page.lang());
    }

    @POST
    @Path("/attempt-grants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant more attempts at a module's quiz (1 to 5), with a reason; audited")
    public Response grant(@PathParam("iso3") String iso3, @PathParam("nationalId") String nationalId,
                          AttemptGrants.GrantRequest request) {
        return Response.status(Response.Status.CREATED).entity(grants.grant(iso3, nationalId, request)).build();
    }
}
