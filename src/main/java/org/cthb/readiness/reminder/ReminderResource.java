package org.cthb.readiness.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Reminders to the people of a readiness view who are not ready, as JSON. */
@Path("/api/nations/{iso3}/readiness/reminders")
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
public class ReminderResource {

    @Inject
    ReadinessReminders reminders;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "E-mails everyone not ready in the readiness view (optionally one status), at most once a "
            + "day per person; returns how many were sent and why others were skipped")
    public ReminderCounts remind(@PathParam("iso3") String iso3, @QueryParam("mission") String mission,
                                 @QueryParam("date") String date, @QueryParam("status") String status) {
        return reminders.remind(iso3, mission, date, status);
    }
}
