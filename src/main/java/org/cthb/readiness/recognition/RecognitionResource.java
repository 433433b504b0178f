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
 * Uploads of credentials earned elsewhere, as the body itself: a VC-JWT ({@code application/vc+jwt} or text) or
 * the JSON-LD credential with its embedded proof ({@code application/vc+ld+json} or JSON).
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class RecognitionResource {


    @Inject
    RecognitionService recognitions;
    @Inject
    PageContext page;

    @GET
    @Path("/recognitions/mine")
    @Authenticated
    @Operation(summary = "The modules recognised for me from credentials earned elsewhere")
    public List<RecognitionService.View> mine() {
        return recognitions.mine();
    }

    @POST
    @Path("/recognitions/mine")
    @Authenticated
    @Consumes({"application/vc+jwt", "application/jwt", MediaType.TEXT_PLAIN, "application/vc+ld+json",
        "application/vc", "application/ld+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Upload my credential from another platform; 422 with a reason code when not recognised")
    public List<RecognitionService.View> uploadMine(String credential) {
        return recognitions.uploadMine(credential, page.locale());
    }

    @POST
    @Path("/recognitions/{id}/revoke")
    @RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a recognition (body: reason); readiness stops counting it, the evidence stays")
    public RecognitionService.View revoke(@PathParam("id") long id, Map<String, String> body) {
        return recognitions.revoke(id, body.get("reason"));
    }
}
