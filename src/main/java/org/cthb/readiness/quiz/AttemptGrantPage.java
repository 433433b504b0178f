package org.cthb.readiness.quiz;

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
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The officer's page of one person's quiz attempts, with the form that grants more. */
@Path("/nations/{iso3}/people/{nationalId}/attempts")
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class AttemptGrantPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance person(AttemptGrants.PersonAttempts person, int maxExtra, boolean granted);
    }

    @Inject
    AttemptGrants grants;
    @Inject
    PageContext page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("iso3") String iso3, @PathParam("nationalId") String nationalId,
                                 @QueryParam("granted") String granted) {
        return page.render(Templates.person(grants.person(iso3, nationalId, page.lang()), AttemptGrants.MAX_EXTRA,
                granted != null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response grant(@PathParam("iso3") String iso3, @PathParam("nationalId") String nationalId,
                          @RestForm String module, @RestForm String extraAttempts, @RestForm String reason) {
        grants.grant(iso3, nationalId, new AttemptGrants.GrantRequest(module, whole(extraAttempts), reason));
        return Response.seeOther(URI.create("/nations/" + URLEncoder.encode(iso3, StandardCharsets.UTF_8)
                + "/people/" + URLEncoder.encode(nationalId, StandardCharsets.UTF_8).replace("+", "%20")
                + "/attempts?granted")).build();
    }

    /** Not a number is as good as none: the service then names the field and what it takes. */
    private static Integer whole(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
