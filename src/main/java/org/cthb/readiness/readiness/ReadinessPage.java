package org.cthb.readiness.readiness;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cthb.readiness.reference.ReferenceData;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The officer's readiness page: pick a mission and date, see counts, bars and who is not ready. */
@Path("/nations/{iso3}/readiness")
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class ReadinessPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance readiness(ReadinessReport report, List<ReferenceData.MissionView> missions,
                                                 List<ReadinessStatus> statuses, String status, String query,
                                                 List<String> roles, String sort, String filters);
    }

    @Inject
    ReadinessService readiness;
    @Inject
    ReferenceData referenceData;
    @Inject
    PageContext page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("iso3") String iso3, @QueryParam("mission") String mission,
                                 @QueryParam("date") String date, @QueryParam("status") String status,
                                 @QueryParam("sort") String sort, @QueryParam("page") Integer pageNo,
                                 @QueryParam("role") String role, @QueryParam("q") String search) {
        String chosen = mission == null || mission.isBlank() ? "KFOR" : mission;
        ReadinessReport report = readiness.report(iso3, chosen, date, status, role, search, sort, pageNo, null);
        // The view without sort and page (for the sort links), and with the sort (for the page links and exports).
        String filters = "mission=" + enc(report.mission()) + "&date=" + report.date()
                + (status == null || status.isBlank() ? "" : "&status=" + enc(status))
                + (report.role() == null ? "" : "&role=" + report.role())
                + (report.search() == null ? "" : "&q=" + enc(report.search()));
        String order = sort == null || sort.isBlank() ? "name" : sort;
        String query = filters + "&sort=" + enc(order);
        return page.render(Templates.readiness(report, referenceData.missions(), List.of(ReadinessStatus.values()),
                status == null ? "" : status, query,
                java.util.Arrays.stream(org.cthb.readiness.standard.rules.DeploymentRole.values()).map(Enum::name)
                        .toList(), order, filters));
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
