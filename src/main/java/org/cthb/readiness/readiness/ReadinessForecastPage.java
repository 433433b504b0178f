package org.cthb.readiness.readiness;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.reference.ReferenceData;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The officer's forecast page: readiness day by day over a mission's dates, as a chart, a table and a list. */
@Path("/nations/{iso3}/readiness/forecast")
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class ReadinessForecastPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forecast(ReadinessForecast.Forecast forecast, ForecastChart chart,
                                                List<ReferenceData.MissionView> missions, String query,
                                                boolean thresholdSaved);
    }

    @Inject
    ReadinessForecast forecasts;
    @Inject
    ReferenceData referenceData;
    @Inject
    PageContext page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("iso3") String iso3, @QueryParam("mission") String mission,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("saved") String saved) {
        String chosen = mission == null || mission.isBlank() ? "KFOR" : mission;
        ReadinessForecast.Forecast forecast = forecasts.forecast(iso3, chosen, from, to);
        String query = "mission=" + URLEncoder.encode(forecast.mission(), StandardCharsets.UTF_8) + "&from="
                + forecast.from() + "&to=" + forecast.to();
        return page.render(Templates.forecast(forecast, ForecastChart.of(forecast), referenceData.missions(), query,
                saved != null));
    }

    /** Sets the nation's threshold and comes back to the same forecast. */
    @POST
    @Path("/threshold")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response threshold(@PathParam("iso3") String iso3, @RestForm("threshold") String threshold,
                              @RestForm("mission") String mission, @RestForm("from") String from,
                              @RestForm("to") String to) {
        Integer percent;
        try {
            percent = threshold == null ? null : Integer.valueOf(threshold.strip());
        } catch (NumberFormatException e) {
            percent = null;
        }
        forecasts.setThreshold(iso3, percent);
        String back = "/nations/" + iso3.toUpperCase() + "/readiness/forecast?mission="
                + URLEncoder.encode(mission == null ? "" : mission, StandardCharsets.UTF_8)
                + "&from=" + URLEncoder.encode(from == null ? "" : from, StandardCharsets.UTF_8)
                + "&to=" + URLEncoder.encode(to == null ? "" : to, StandardCharsets.UTF_8) + "&saved=1#threshold";
        return Response.seeOther(URI.create(back)).build();
    }
}
