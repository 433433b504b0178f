package org.cthb.readiness.lti;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** LTI platform registrations, for administrators' scripts. */
@Path("/api/lti")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class PlatformResource {

    @Inject
    Platforms platforms;
    @Inject
    ToolUrls urls;

    @GET
    @Path("tool")
    @Operation(summary = "Our tool's addresses to copy into a platform: login initiation, launch, deep linking, key set")
    public ToolUrls.Urls tool() {
        return urls.urls();
    }

    @GET
    @Path("platforms")
    @Operation(summary = "Registered LTI 1.3 platforms")
    public List<Platforms.PlatformView> list() {
        return platforms.list();
    }

    @GET
    @Path("platforms/{id}")
    @Operation(summary = "One registered platform")
    public Platforms.PlatformView get(@PathParam("id") long id) {
        return platforms.get(id);
    }

    @POST
    @Path("platforms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registers a platform (issuer, client id, deployments, its key set, authorization and token"
            + " URLs, the nation or the claim carrying it, role mapping; nothing maps to ADMIN)")
    public Response create(Platforms.PlatformRequest request) {
        Platforms.PlatformView view = platforms.create(request);
        return Response.status(201).header("Location", "/api/lti/platforms/" + view.id()).entity(view).build();
    }

    @PUT
    @Path("platforms/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a platform's registration")
    public Platforms.PlatformView update(@PathParam("id") long id, Platforms.PlatformRequest request) {
        return platforms.update(id, request);
    }

    @DELETE
    @Path("platforms/{id}")
    @Operation(summary = "Removes a platform: its launches are refused from then on")
    public Response delete(@PathParam("id") long id) {
        platforms.delete(id);
        return Response.noContent().build();
    }
}
