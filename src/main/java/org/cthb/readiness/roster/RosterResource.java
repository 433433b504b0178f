package org.cthb.readiness.roster;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

/**
 * Roster import for nation officers: a CSV as the request body (text/csv) or as the multipart field 'file';
 * with async=true a committed import answers 202 at once, and its progress is a resource of its own.
 */
@Path("/api/nations/{iso3}/roster")
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class RosterResource {

    @Inject
    RosterImport rosters;
    @Inject
    RosterImportRuns runs;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import a roster CSV; dryRun=true (the default) only reports what each row would do;"
            + " with dryRun=false&async=true the import runs in the background (202, Location of its progress)")
    public Response importBody(@PathParam("iso3") String iso3, @QueryParam("dryRun") String dryRun,
                               @QueryParam("async") boolean async, InputStream body) {
        boolean background = async(dryRun, async);
        java.nio.file.Path file = RosterFiles.spool(body);
        if (background) {
            // The import owns the file from here, and deletes it however it ends.
            return accepted(rosters.start(iso3, file, "roster.csv"));
        }
        try {
            return respond(rosters.importCsv(iso3, file, "roster.csv", !"false".equals(dryRun)));
        } finally {
            RosterFiles.delete(file);
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a roster CSV sent as the multipart field 'file'")
    public Response importUpload(@PathParam("iso3") String iso3, @QueryParam("dryRun") String dryRun,
                                 @QueryParam("async") boolean async, @RestForm("file") FileUpload file) {
        if (file == null) {
            throw new InvalidInput("file", "send the roster CSV as the multipart field 'file'");
        }
        if (async(dryRun, async)) {
            return accepted(rosters.start(iso3, RosterFiles.copy(file), file.fileName()));
        }
        return respond(rosters.importCsv(iso3, file.uploadedFile(), file.fileName(), !"false".equals(dryRun)));
    }

    @GET
    @Path("/imports")
    @Operation(summary = "The nation's latest committed imports, newest first, with their progress")
    public List<ImportProgress> imports(@PathParam("iso3") String iso3) {
        return runs.recent(iso3);
    }

    @GET
    @Path("/imports/{id}")
    @Operation(summary = "One committed import: rows read and written, batches committed, RUNNING, DONE or FAILED")
    public ImportProgress progress(@PathParam("iso3") String iso3, @PathParam("id") long id) {
        return runs.progress(iso3, id);
    }

    private static boolean async(String dryRun, boolean async) {
        if (async && !"false".equals(dryRun)) {
            throw new InvalidInput("async", "only a committed import (dryRun=false) runs in the background");
        }
        return async;
    }

    private static Response accepted(ImportProgress run) {
        return Response.accepted(run).location(URI.create("/api/nations/" + run.nation() + "/roster/imports/"
                + run.id())).build();
    }

    private static Response respond(RosterReport report) {
        int status = !report.dryRun() && !report.applied() ? 422 : 200;
        return Response.status(status).entity(report).build();
    }
}
