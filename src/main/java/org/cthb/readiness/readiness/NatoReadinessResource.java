package org.cthb.readiness.readiness;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** NATO-wide readiness of a mission, for administrators and headquarters staff: counts only. */
@Path("/api/missions/{code}/readiness")
@RolesAllowed({Role.ADMIN_NAME, Role.HQ_NAME})
public class NatoReadinessResource {

    @Inject
    NatoReadinessService readiness;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Counts per nation and status, and by gender and age band, with small cells suppressed")
    public NatoReadinessReport report(@PathParam("code") String code, @QueryParam("date") String date) {
        return readiness.report(code, date);
    }
}
