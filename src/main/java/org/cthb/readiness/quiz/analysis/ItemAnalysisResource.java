package org.cthb.readiness.quiz.analysis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.cthb.readiness.readiness.report.CsvExport;

import java.util.List;
import java.util.stream.Collectors;

/** Item analysis as JSON, for authors. */
@Path("/api/courses/{id}/versions/{version}/item-analysis")
@Produces(MediaType.APPLICATION_JSON)
public class ItemAnalysisResource {

    @Inject
    ItemAnalysisService analysis;
    @Inject
    PageContext page;

    @GET
    @RolesAllowed({Role.AUTHOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Item analysis of a course version: per question its attempts, facility, discrimination "
            + "and option selection rates, most often failed first; texts in the request's language (Accept-Language "
            + "or the language cookie)")
    @APIResponse(responseCode = "200", description = "The analysis, from submitted attempts only")
    @APIResponse(responseCode = "404", description = "No such course or version")
    public ItemAnalysis analyse(@PathParam("id") String id, @PathParam("version") int version) {
        return analysis.analyse(id, version, page.lang());
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @RolesAllowed({Role.AUTHOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Item analysis of a course version as CSV: one row per question with its statistics and "
            + "its flags (TOO_EASY, LOW_DISCRIMINATION; space-separated, empty when none)")
    @APIResponse(responseCode = "200", description = "The analysis as CSV (UTF-8)")
    @APIResponse(responseCode = "404", description = "No such course or version")
    public Response export(@PathParam("id") String id, @PathParam("version") int version) {
        ItemAnalysis result = analysis.analyse(id, version, page.lang());
        List<String> header = List.of("module", "question", "type", "paragraph", "attempts", "correct", "unanswered",
                "facility", "discrimination", "discriminationNullReason", "flags");
        List<List<String>> rows = result.items().stream().map(i -> List.of(i.moduleId(), i.questionId(), i.type(),
                i.paragraph(), String.valueOf(i.attempts()), String.valueOf(i.correct()),
                String.valueOf(i.unanswered()), text(i.facility()), text(i.discrimination()),
                text(i.discriminationNullReason()),
                i.flags().stream().map(Enum::name).collect(Collectors.joining(" ")))).toList();
        StreamingOutput body = out -> CsvExport.write(header, rows, out);
        return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"item-analysis-" + result.courseId() + "-v" + result.version() + ".csv\"")
                .build();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
