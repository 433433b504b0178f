package org.cthb.readiness.lti;

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
import java.util.List;

/** The administrator's page of LTI platforms: our tool's addresses to copy, the registrations, and their form. */
@Path("/admin/lti")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class PlatformPage {

    @CheckedTemplate(basePath = "LtiPlatformPage")
    static class Templates {
        static native TemplateInstance list(ToolUrls.Urls tool, List<Platforms.PlatformView> platforms,
                                            boolean saved);
    }

    @Inject
    Platforms platforms;
    @Inject
    ToolUrls urls;
    @Inject
    PageContext page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("saved") boolean saved) {
        return page.render(Templates.list(urls.urls(), platforms.list(), saved));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@RestForm String name, @RestForm String issuer, @RestForm String clientId,
                           @RestForm String deploymentIds, @RestForm String jwksUrl,
                           @RestForm String authorizationUrl, @RestForm String tokenUrl, @RestForm String nation,
                           @RestForm String nationClaim, @RestForm String roles, @RestForm String emailsVerified) {
        platforms.create(request(name, issuer, clientId, deploymentIds, jwksUrl, authorizationUrl, tokenUrl, nation,
                nationClaim, roles, emailsVerified));
        return Response.seeOther(URI.create("/admin/lti?saved=true")).build();
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("id") long id, @RestForm String name, @RestForm String issuer,
                           @RestForm String clientId, @RestForm String deploymentIds, @RestForm String jwksUrl,
                           @RestForm String authorizationUrl, @RestForm String tokenUrl, @RestForm String nation,
                           @RestForm String nationClaim, @RestForm String roles, @RestForm String emailsVerified) {
        platforms.update(id, request(name, issuer, clientId, deploymentIds, jwksUrl, authorizationUrl, tokenUrl,
                nation, nationClaim, roles, emailsVerified));
        return Response.seeOther(URI.create("/admin/lti?saved=true")).build();
    }

    @POST
    @Path("{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response remove(@PathParam("id") long id) {
        platforms.delete(id);
        return Response.seeOther(URI.create("/admin/lti?saved=true")).build();
    }

    private static Platforms.PlatformRequest request(String name, String issuer, String clientId,
                                                     String deploymentIds, String jwksUrl, String authorizationUrl,
                                                     String tokenUrl, String nation, String nationClaim,
                                                     String roles, String emailsVerified) {
        return new Platforms.PlatformRequest(name, issuer, clientId, LtiPlatform.lines(deploymentIds), jwksUrl,
                authorizationUrl, tokenUrl, nation, nationClaim,
                roles == null || roles.isBlank() ? null : Platforms.RoleMap.parse(roles),
                emailsVerified != null);
    }
}
