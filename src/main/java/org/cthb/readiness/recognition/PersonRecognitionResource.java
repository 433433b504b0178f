package org.cthb.readiness.recognition;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;

/**
 * An officer's uploads for a person of their nation, under the person's address (a class of its own: JAX-RS picks
 * the root resource with the longest matching path, so a method under {@code /api} would lose to the person's).
 */
@Path("/api/nations/{iso3}/people/{nationalId}/recognitions")
@Produces(MediaType.APPLICATION_JSON)
public class PersonRecognitionResource {

    @Inject
    RecognitionService recognitions;
    @Inject
    PageContext page;

    @GET
    @RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The modules recognised for a person of the nation, revoked ones included")
    public List<RecognitionService.View> of(@PathParam("iso3") String iso3, @PathParam("nationalId") String nationalId) {
        return recognitions.of(iso3, nationalId);
    }

    @POST
    @RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
    @Consumes({"application/vc+jwt", "application/jwt", MediaType.TEXT_PLAIN, "application/vc+ld+json",
        "application/vc", "application/ld+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Upload a credential for a person of the nation; 422 with a reason code when not recognised")
    public List<RecognitionService.View> uploadFor(@PathParam("iso3") String iso3,
                                                   @PathParam("nationalId") String nationalId, String credential) {
        return recognitions.uploadFor(iso3, nationalId, credential, page.locale());
    }
}
