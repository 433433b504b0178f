package org.cthb.readiness.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import java.util.List;

/** The administrator's page of sign-in throttles, each with a button that clears it. */
@Path("/admin/login-throttles")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class LoginThrottlePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<LoginThrottle.ThrottleView> throttles, String cleared);
    }

    @Inject
    LoginThrottle throttle;
    @Inject
    PageContext page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("cleared") String cleared) {
        return page.render(Templates.list(throttle.list(), cleared));
    }

    @POST
    @Path("clear")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response clear(@RestForm String scope, @RestForm String subject) {
        throttle.clear(scope, subject);
        return Response.seeOther(URI.create("/admin/login-throttles?cleared="
                + URLEncoder.encode(subject, StandardCharsets.UTF_8))).build();
    }
}
