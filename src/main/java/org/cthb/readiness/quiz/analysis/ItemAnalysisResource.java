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
}
