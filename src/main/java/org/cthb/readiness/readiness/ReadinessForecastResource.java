package org.cthb.readiness.readiness;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.cthb.readiness.readiness.report.CsvExport;
import org.cthb.readiness.readiness.report.XlsxExport;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The readiness forecast as JSON, CSV and XLSX, and the nation's threshold. */
@Path("/api/nations/{iso3}/readiness")
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
public class ReadinessForecastResource {

    private static final List<String> DAYS = List.of("date", "ready", "total", "percent", "below_threshold");
    private static final List<String> PEOPLE = List.of("national_id", "family_name", "given_name", "role",
            "start_date", "certificate_expires", "not_ready_from");

    /** The share below which a nation wants to be warned, in whole percent. */
    public record Threshold(Integer percent) {
    }

    @Inject
    ReadinessForecast forecasts;

    @GET
    @Path("/forecast")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Readiness of the nation's contingent for a mission day by day from `from` to `to` (YYYY-MM-DD,"
            + " at most 366 days; today and 90 days on by default): the days it falls below 100 % and below the"
            + " nation's threshold, and the people to retrain first (soonest deploying, soonest expiring)")
    public ReadinessForecast.Forecast forecast(@PathParam("iso3") String iso3, @QueryParam("mission") String mission,
                                              @QueryParam("from") String from, @QueryParam("to") String to) {
        return forecasts.forecast(iso3, mission, from, to);
    }

    @GET
    @Path("/forecast.csv")
    @Produces("text/csv")
    @Operation(summary = "The forecast's days as CSV; part=people gives the people to retrain first")
    public Response csv(@PathParam("iso3") String iso3, @QueryParam("mission") String mission,
                        @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("part") String part) {
        ReadinessForecast.Forecast forecast = forecasts.forecast(iso3, mission, from, to);
        boolean people = people(part);
        StreamingOutput body = out -> CsvExport.write(people ? PEOPLE : DAYS, rows(forecast, people), out);
        return attachment(body, forecast, people, "csv");
    }

    @GET
    @Path("/forecast.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The forecast's days as XLSX; part=people gives the people to retrain first")
    public Response xlsx(@PathParam("iso3") String iso3, @QueryParam("mission") String mission,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("part") String part) {
        ReadinessForecast.Forecast forecast = forecasts.forecast(iso3, mission, from, to);
        boolean people = people(part);
        StreamingOutput body = out -> XlsxExport.write(people ? "Retrain first" : "Forecast",
                people ? PEOPLE : DAYS, rows(forecast, people), out);
        return attachment(body, forecast, people, "xlsx");
    }

    @GET
    @Path("/threshold")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The share of the contingent below which the forecast warns, in percent")
    public Threshold threshold(@PathParam("iso3") String iso3) {
        return new Threshold(forecasts.threshold(iso3));
    }

    @PUT
    @Path("/threshold")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets the nation's threshold: {\"percent\": 90}, a whole number from 1 to 100")
    public Threshold setThreshold(@PathParam("iso3") String iso3, Threshold threshold) {
        return new Threshold(forecasts.setThreshold(iso3, threshold == null ? null : threshold.percent()));
    }

    private static boolean people(String part) {
        if (part == null || part.isBlank() || "days".equals(part)) {
            return false;
        }
        if ("people".equals(part)) {
            return true;
        }
        throw new org.cthb.readiness.error.InvalidInput("part", "part must be days or people, not '" + part + "'");
    }

    private static List<List<String>> rows(ReadinessForecast.Forecast forecast, boolean people) {
        if (people) {
            return forecast.retrainFirst().stream().map(p -> List.of(p.nationalId(), p.familyName(), p.givenName(),
                    p.role(), p.startDate().toString(), p.certificateExpires() == null ? ""
                            : p.certificateExpires().toString(), p.notReadyFrom().toString())).toList();
        }
        return forecast.days().stream().map(d -> List.of(d.date().toString(), Long.toString(d.ready()),
                Long.toString(d.total()), Integer.toString(d.percent()), Boolean.toString(d.belowThreshold())))
                .toList();
    }

    private static Response attachment(StreamingOutput body, ReadinessForecast.Forecast forecast, boolean people,
                                       String extension) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"forecast-"
                + (people ? "people-" : "") + forecast.nation() + "-" + forecast.mission() + "-" + forecast.from()
                + "-" + forecast.to() + "." + extension + "\"").build();
    }
}
