package org.cthb.readiness.roster;

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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.List;

/**
 * The officer's roster pages: upload a file to check it or import it, and follow an import until it is done;
 * the progress page refreshes itself, so it works without JavaScript.
 */
@Path("/nations/{iso3}/roster")
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class RosterPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(String nation, List<ImportProgress> imports, RosterReport report,
                                              CheckedRosters.Kept kept);

        static native TemplateInstance progress(ImportProgress run, boolean follow);
    }

    @Inject
    RosterImport rosters;
    @Inject
    RosterImportRuns runs;
    @Inject
    PageContext page;
    @Inject
    CheckedRosters checked;
    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;
    @Inject
    org.cthb.readiness.security.NationScope scope;

    @GET
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("iso3") String iso3) {
        List<ImportProgress> imports = runs.recent(iso3);
        return page.render(Templates.upload(iso3.toUpperCase(), imports, null, null));
    }

    /** "Check" shows what every row would do; "Import" starts the import and leads to its progress page. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response submit(@PathParam("iso3") String iso3, @RestForm("file") FileUpload file,
                           @RestForm("action") String action) {
        if (file == null || file.size() == 0) {
            throw new InvalidInput("file", "choose the roster CSV file");
        }
        if ("import".equals(action)) {
            ImportProgress run = rosters.start(iso3, RosterFiles.copy(file), file.fileName());
            return Response.seeOther(URI.create("/nations/" + run.nation() + "/roster/imports/" + run.id()
                    + "?follow=true")).build();
        }
        RosterReport report = rosters.importCsv(iso3, file.uploadedFile(), file.fileName(), true);
        // A file that passed is kept, so "Import this file" needs no second upload.
        CheckedRosters.Kept kept = report.rejected() == 0 && report.rows() > 0
                ? checked.keep(report.nation(), identity.getPrincipal().getName(), file.uploadedFile(),
                file.fileName(), report.rows()) : null;
        return Response.ok(page.render(Templates.upload(report.nation(), runs.recent(iso3), report, kept))).build();
    }

    /** Imports the file this officer checked a moment ago, without asking for it again. */
    @POST
    @Path("/checked")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response importChecked(@PathParam("iso3") String iso3, @RestForm("checked") String token) {
        String nation = scope.require(iso3);
        CheckedRosters.Taken taken = checked.take(nation, identity.getPrincipal().getName(), token);
        ImportProgress run = rosters.start(nation, taken.file(), taken.fileName());
        return Response.seeOther(URI.create("/nations/" + run.nation() + "/roster/imports/" + run.id()
                + "?follow=true")).build();
    }

    /** A roster file with the header row and one example row, to fill in a spreadsheet. */
    @GET
    @Path("/template.csv")
    @Produces("text/csv")
    @Operation(hidden = true)
    public Response template(@PathParam("iso3") String iso3) {
        scope.require(iso3);
        String csv = "national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,start_date\r\n"
                + "A1234567,Alex,Example,military,Captain,undisclosed,1990,alex.example@example.org,KFOR,ALL_PERSONNEL,"
                + java.time.LocalDate.now().plusMonths(2).withDayOfMonth(1) + "\r\n";
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"roster-template.csv\"").build();
    }

    /**
     * The progress of one import. With follow=true, which the officer asked for by pressing Import (the button says
     * so), the page refreshes itself every 2 seconds while the import runs and offers to stop; otherwise it offers
     * a refresh link, since a page that reloads on its own unasked disturbs screen-reader users (WCAG 2.2.1).
     */
    @GET
    @Path("/imports/{id}")
    @Operation(hidden = true)
    public TemplateInstance progress(@PathParam("iso3") String iso3, @PathParam("id") long id,
                                     @QueryParam("follow") boolean follow) {
        return page.render(Templates.progress(runs.progress(iso3, id), follow));
    }
}
