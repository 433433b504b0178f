package org.cthb.readiness.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

/** Roster import for nation officers: a CSV as the request body (text/csv) or as the multipart field 'file'. */
@Path("/api/nations/{iso3}/roster")
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class RosterResource {

    @Inject
    RosterImport rosters;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import a roster CSV; dryRun=true (the default) only reports what each row would do")
    public Response importBody(@PathParam("iso3") String iso3, @QueryParam("dryRun") String dryRun, InputStream body) {
        java.nio.file.Path file = spool(body);
        try {
            return respond(rosters.importCsv(iso3, file, !"false".equals(dryRun)));
        } finally {
            file.toFile().delete();
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a roster CSV sent as the multipart field 'file'")
    public Response importUpload(@PathParam("iso3") String iso3, @QueryParam("dryRun") String dryRun,
                                 @RestForm("file") FileUpload file) {
        if (file == null) {
            throw new InvalidInput("file", "send the roster CSV as the multipart field 'file'");
        }
        return respond(rosters.importCsv(iso3, file.uploadedFile(), !"false".equals(dryRun)));
    }

    private static Response respond(RosterReport report) {
        int status = !report.dryRun() && !report.applied() ? 422 : 200;
        return Response.status(status).entity(report).build();
    }

    /** Streams the body to a temporary file, which both passes read; the size limit applies while reading. */
    private static java.nio.file.Path spool(InputStream body) {
        try {
            java.nio.file.Path file = Files.createTempFile("roster", ".csv");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
