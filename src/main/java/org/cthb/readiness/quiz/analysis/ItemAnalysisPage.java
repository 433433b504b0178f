package org.cthb.readiness.quiz.analysis;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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

/** The author's item analysis page: one table, the most often failed question first. */
@Path("/author/item-analysis/{courseId}/{version}")
@RolesAllowed({Role.AUTHOR_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class ItemAnalysisPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance analysis(ItemAnalysis analysis);
    }

    @Inject
    ItemAnalysisService analysis;
    @Inject
    PageContext page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("courseId") String courseId, @PathParam("version") int version) {
        return page.render(Templates.analysis(analysis.analyse(courseId, version, page.lang())));
    }
}
