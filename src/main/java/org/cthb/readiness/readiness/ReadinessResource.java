package org.cthb.readiness.readiness;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Readiness of a nation's contingent as JSON, CSV and XLSX. */
@Path("/api/nations/{iso3}/readiness")
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
public class ReadinessResource {

    @Inject
    ReadinessService readiness;
    @Inject
    ReadinessExports exports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who of the nation's contingent for a mission is certified on a date: counts of everyone, "
            + "one page of the list (page from 0, size up to 1000, default 100); filters by status, role and words of a name, national id or e-mail (q); sort by name, status or start")
    public ReadinessReport report(@PathParam("iso3") String iso3, @QueryParam("mission") String mission,
                                  @QueryParam("date") String date, @QueryParam("status") String status,
                                  @QueryParam("sort") String sort, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size, @QueryParam("role") String role,
                                  @QueryParam("q") String search) {
        return readiness.report(iso3, mission, date, status, role, search, sort, page, size);
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Operation(summary = "The filtered list as CSV, safe to open in a spreadsheet")
    public Response csv(@PathParam("iso3") String iso3, @QueryParam("mission") String mission,
                        @QueryParam("date") String date, @QueryParam("status") String status,
                        @QueryParam("sort") String sort, @QueryParam("role") String role,
                        @QueryParam("q") String search) {
        ReadinessReport report = exports.exported(iso3, mission, date, status, role, search, sort, "csv");
        StreamingOutput body = out -> exports.csv(report, out);
        return attachment(body, report, "csv");
    }

    @GET
    @Path("/export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The filtered list as XLSX, safe to open in a spreadsheet")
    public Response xlsx(@PathParam("iso3") String iso3, @QueryParam("mission") String mission,
                         @QueryParam("date") String date, @QueryParam("status") String status,
                         @QueryParam("sort") String sort, @QueryParam("role") String role,
                         @QueryParam("q") String search) {
        ReadinessReport report = exports.exported(iso3, mission, date, status, role, search, sort, "xlsx");
        StreamingOutput body = out -> exports.xlsx(report, out);
        return attachment(body, report, "xlsx");
    }

    private static Response attachment(StreamingOutput body, ReadinessReport report, String extension) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"readiness-" + report.nation()
                + "-" + report.mission() + "-" + report.date() + "." + extension + "\"").build();
    }
}
