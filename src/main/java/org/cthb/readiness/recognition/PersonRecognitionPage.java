package org.cthb.readiness.recognition;

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
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * An officer's (or administrator's) page of one person's recognitions of prior learning, each unrevoked one with a
 * form that revokes it with a reason, as the API does.
 */
@Path("/nations/{iso3}/people/{nationalId}/recognitions")
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class PersonRecognitionPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance person(String nation, String nationalId,
                                              List<RecognitionService.View> recognitions, boolean revoked);
    }

    @Inject
    RecognitionService recognitions;
    @Inject
    PageContext page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("iso3") String iso3, @PathParam("nationalId") String nationalId,
                                 @QueryParam("revoked") String revoked) {
        List<RecognitionService.View> list = recognitions.of(iso3, nationalId);
        return page.render(Templates.person(iso3.strip().toUpperCase(Locale.ROOT), nationalId, list,
                revoked != null));
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response revoke(@PathParam("iso3") String iso3, @PathParam("nationalId") String nationalId,
                           @PathParam("id") String id, @RestForm String reason) {
        recognitions.revoke(iso3, nationalId, number(id), reason);
        return Response.seeOther(URI.create("/nations/" + URLEncoder.encode(iso3.strip().toUpperCase(Locale.ROOT),
                StandardCharsets.UTF_8) + "/people/" + URLEncoder.encode(nationalId, StandardCharsets.UTF_8)
                .replace("+", "%20") + "/recognitions?revoked=1")).build();
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("id", "a recognition id is a whole number, not " + id);
        }
    }
}
