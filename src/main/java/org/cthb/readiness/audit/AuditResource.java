package org.cthb.readiness.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The audit log, newest first, filterable; officers see their nation's entries only. */
@Path("/api/audit")
@RolesAllowed({Role.ADMIN_NAME, Role.OFFICER_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditBrowser browser;

    @GET
    @Operation(summary = "Audit entries, newest first; filters: action, actor, nation (administrators)")
    public List<AuditBrowser.Entry> entries(@QueryParam("action") String action, @QueryParam("actor") String actor,
                                            @QueryParam("nation") String nation,
                                            @QueryParam("page") @DefaultValue("0") int page,
                                            @QueryParam("size") @DefaultValue("100") int size) {
        return browser.entries(action, actor, nation, page, size);
    }
}
