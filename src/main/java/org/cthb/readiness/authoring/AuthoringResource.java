package org.cthb.readiness.authoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.cthb.readiness.account.CurrentAccount;
import org.cthb.readiness.course.CourseImporter;
import org.cthb.readiness.course.CourseService;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A course's draft as JSON: open, replace, check, publish, discard, export; and comparisons of versions. */
@Path("/api/authoring/courses/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AUTHOR_NAME, Role.ADMIN_NAME})
public class AuthoringResource {

    /** The whole draft content, made on {@code revision}. */
    public record DraftEdit(@NotNull Integer revision, @NotNull CourseContent content) {
    }

    /** Names the revision an action is taken on. */
    public record RevisionOnly(@NotNull Integer revision) {
    }

    @Inject
    DraftService drafts;
    @Inject
    ContentComparisons comparisons;
    @Inject
    CurrentAccount account;

    @POST
    @Path("/draft")
    @Operation(summary = "Open the course's draft, creating it from the latest version if there is none (201)")
    public Response open(@PathParam("id") String id) {
        boolean existed = drafts.exists(id);
        return Response.status(existed ? 200 : 201).entity(drafts.open(id, account.name())).build();
    }

    @GET
    @Path("/draft")
    @Operation(summary = "The course's draft with the revision the next save must name")
    public DraftView draft(@PathParam("id") String id) {
        return drafts.draft(id);
    }

    @PUT
    @Path("/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the draft content; 409 if someone saved since the given revision")
    public DraftView replace(@PathParam("id") String id, @Valid @NotNull DraftEdit edit) {
        return drafts.replace(id, edit.revision(), account.name(), edit.content());
    }

    @GET
    @Path("/draft/validation")
    @Operation(summary = "Check the draft as a course zip: 200, or 422 with every problem as file, line, message")
    public Response validation(@PathParam("id") String id) {
        CourseService.Validation validation = drafts.validate(id);
        return Response.status(validation.valid() ? 200 : 422).entity(validation).build();
    }

    @POST
    @Path("/draft/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the draft as a new version (201; 200 if identical to the current); 422 if invalid")
    public Response publish(@PathParam("id") String id, @Valid @NotNull RevisionOnly body) {
        CourseImporter.ImportResult result = drafts.publish(id, body.revision(), account.name());
        return Response.status(result.created() ? 201 : 200).entity(result).build();
    }

    @DELETE
    @Path("/draft")
    @Operation(summary = "Discard the draft made on the given revision")
    public Response discard(@PathParam("id") String id, @QueryParam("revision") int revision) {
        drafts.discard(id, revision);
        return Response.noContent().build();
    }

    @GET
    @Path("/draft/export")
    @Produces("application/zip")
    @Operation(summary = "The draft as a zip of the course file format")
    public Response export(@PathParam("id") String id) {
        drafts.draft(id);
        StreamingOutput body = out -> drafts.export(id, out);
        return Response.ok(body).header("Content-Disposition",
                "attachment; filename=\"" + id + "-draft.zip\"").build();
    }

    @GET
    @Path("/compare")
    @Operation(summary = "What changed per module, lesson and question from one version to another ('draft' allowed)")
    public Comparison compare(@PathParam("id") String id, @QueryParam("from") String from,
                              @QueryParam("to") String to) {
        return comparisons.compare(id, from, to);
    }
}
