package org.cthb.readiness.course;

import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.StreamingOutput;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.error.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;

/** Courses as JSON, and course zips in and out for authors. */
@Path("/api/courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    @Inject
    CourseService courses;
    @Inject
    CourseCatalog catalog;
    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed("**")
    @Operation(summary = "Published courses with their current version and languages")
    public List<CourseCatalog.CourseSummary> published() {
        return catalog.published();
    }

    @GET
    @Path("/{id}/modules/{module}/job-aid")
    @Produces("application/pdf")
    @RolesAllowed("**")
    @Operation(summary = "A role module's one-page job aid as PDF, in the course's current version; lang=en or fr")
    public Response jobAid(@PathParam("id") String id, @PathParam("module") String module,
                           @jakarta.ws.rs.QueryParam("lang") String lang) {
        return JobAidResource.pdf(catalog.current(id), module, lang);
    }

    @GET
    @Path("/{id}/versions/{version}/modules/{module}/job-aid")
    @Produces("application/pdf")
    @RolesAllowed("**")
    @Operation(summary = "A role module's one-page job aid as PDF, in one course version; lang=en or fr")
    public Response jobAidInVersion(@PathParam("id") String id, @PathParam("version") int version,
                                    @PathParam("module") String module, @jakarta.ws.rs.QueryParam("lang") String lang) {
        return JobAidResource.pdf(catalog.version(id, version), module, lang);
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed("**")
    @Operation(summary = "A course's version history, newest first")
    public List<CourseCatalog.VersionSummary> versions(@PathParam("id") String id) {
        return catalog.history(id);
    }

    @POST
    @Path("/validate")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.AUTHOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Validate a zipped course folder (multipart field 'file'): 200, or 422 with every problem")
    public Response validate(@RestForm("file") FileUpload file) {
        CourseService.Validation validation = courses.validateZip(required(file).uploadedFile());
        return Response.status(validation.valid() ? 200 : 422).entity(validation).build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.AUTHOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Import a zipped course folder as a new version; identical content is a no-op (200)")
    public Response importCourse(@RestForm("file") FileUpload file) {
        CourseImporter.ImportResult result = courses.importZip(required(file).uploadedFile(),
                identity.getPrincipal().getName());
        return Response.status(result.created() ? 201 : 200).entity(result).build();
    }

    @POST
    @Path("/overlays/validate")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.AUTHOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Validate a zipped national overlay folder (multipart field 'file', holding"
            + " <ISO3>/overlay.yaml and its module folders): 200, or 422 with every problem as file:line")
    public Response validateOverlay(@RestForm("file") FileUpload file) {
        CourseService.Validation validation = courses.validateOverlayZip(required(file).uploadedFile());
        return Response.status(validation.valid() ? 200 : 422).entity(validation).build();
    }

    @POST
    @Path("/overlays/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.AUTHOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Merge a zipped national overlay folder (multipart field 'file', holding <ISO3>/overlay.yaml"
            + " and its module folders) into its course as a new version: 201, or 200 when unchanged. Its modules"
            + " are served only to that nation's learners and platforms. An invalid overlay answers 422 with every"
            + " problem as file:line, and nothing is written")
    public Response importOverlay(@RestForm("file") FileUpload file) {
        CourseImporter.ImportResult result = courses.importOverlayZip(required(file).uploadedFile(),
                identity.getPrincipal().getName());
        return Response.status(result.created() ? 201 : 200).entity(result).build();
    }

    @GET
    @Path("/{id}/versions/{version}/export")
    @Produces("application/zip")
    @RolesAllowed({Role.AUTHOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "A version as a zip of the course file format")
    public Response export(@PathParam("id") String id, @PathParam("version") int version) {
        catalog.version(id, version);
        StreamingOutput body = out -> courses.exportZip(id, version, out);
        return Response.ok(body).header("Content-Disposition",
                "attachment; filename=\"" + id + "-v" + version + ".zip\"").build();
    }

    private static FileUpload required(FileUpload file) {
        if (file == null) {
            throw new InvalidInput("file", "send the zipped course folder as the multipart field 'file'");
        }
        return file;
    }
}
