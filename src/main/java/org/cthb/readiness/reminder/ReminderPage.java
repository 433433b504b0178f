package org.cthb.readiness.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The reminder button of the readiness page: sends, then returns to the same view with what was done. */
@Path("/nations/{iso3}/readiness/reminders")
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
public class ReminderPage {

    @Inject
    ReadinessReminders reminders;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response remind(@PathParam("iso3") String iso3, @FormParam("mission") String mission,
                           @FormParam("date") String date, @FormParam("status") String status) {
        ReminderCounts counts = reminders.remind(iso3, mission, date, status);
        String view = "/nations/" + counts.nation() + "/readiness?mission=" + encode(counts.mission())
                + "&date=" + counts.date() + (status == null || status.isBlank() ? "" : "&status=" + encode(status))
                + "&" + ReminderNotice.SENT + "=" + counts.sent()
                + "&" + ReminderNotice.ALREADY + "=" + counts.alreadyRemindedToday()
                + "&" + ReminderNotice.NO_EMAIL + "=" + counts.noEmail()
                + "&" + ReminderNotice.FAILED + "=" + counts.failed();
        return Response.seeOther(URI.create(view)).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
