package org.cthb.readiness.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.readiness.ReadinessReport;
import org.cthb.readiness.readiness.ReadinessService;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The certificates of a readiness view (same filters as its exports) as one streamed zip of PDFs. */
@Path("/api/nations/{iso3}/readiness/certificates.zip")
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
public class CertificateArchiveResource {

    @Inject
    ReadinessService readiness;
    @Inject
    CertificateArchive archive;

    @GET
    @Produces("application/zip")
    @Operation(summary = "The latest certificate of everyone in the filtered view who has one, as PDFs in a zip; "
            + "lang=en (default) or fr")
    public Response zip(@PathParam("iso3") String iso3, @QueryParam("mission") String mission,
                        @QueryParam("date") String date, @QueryParam("status") String status,
                        @QueryParam("sort") String sort, @QueryParam("lang") String lang) {
        String language = lang == null || lang.isBlank() ? "en" : lang;
        if (!org.cthb.readiness.web.Languages.isSupported(language)) {
            throw new InvalidInput("lang", "lang is one of " + org.cthb.readiness.web.Languages.supported()
                    + ", not " + lang);
        }
        ReadinessReport report = readiness.report(iso3, mission, date, status, sort);
        List<CertificateArchive.Entry> entries = archive.entries(report, language);
        StreamingOutput body = out -> CertificateArchive.write(entries, language, out);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"certificates-"
                + report.nation() + "-" + report.mission() + "-" + report.date() + ".zip\"").build();
    }
}
