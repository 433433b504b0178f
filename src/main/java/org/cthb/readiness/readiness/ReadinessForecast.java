package org.cthb.readiness.readiness;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.reference.ReferenceData;
import org.cthb.readiness.security.NationScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Readiness of a contingent day by day over a mission's dates: on day D a deployment counts as ready when a
 * certificate issued by D, not revoked by D and covering its role is valid on D or, before the start date, on the
 * start date (so a certificate that runs out in theatre stops counting the day after it expires). Past days come
 * from the certificates as they stood then; future days assume no new certificate, which is what a forecast must
 * warn about. One set-based query for the contingent; the days are counted in memory. The one service behind the
 * forecast page, its API and its exports.
 */
@ApplicationScoped
public class ReadinessForecast {

    /** The longest range a forecast covers: a year and a day. */
    static final int MAX_DAYS = 366;

    private static final String SQL = """
            select p.national_id, p.family_name, p.given_name, d.role, d.start_date, c.issued_on, c.expires_on,
              c.revoked_at
            from deployment d join person p on p.id = d.person_id
              left join account a on a.person_id = p.id
              left join certificate c on c.account_id = a.id and find_in_set(d.role, c.roles) > 0
            where p.nation_iso3 = ? and d.mission_code = ?
            order by p.family_name, p.given_name, p.national_id
            """;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    NationScope scope;
    @Inject
    ReferenceData referenceData;
    @Inject
    AuditLog audit;
    @ConfigProperty(name = "cthb.readiness.default-threshold", defaultValue = "90")
    int defaultThreshold;

    /** One day of the forecast: how many of the contingent are ready, of how many. */
    public record Day(LocalDate date, long ready, long total, int percent, boolean belowThreshold) {
    }

    /**
     * A person who stops being ready (or never is) within the range, with the first day they are not: retrain
     * these first, soonest deploying and soonest expiring first.
     */
    public record Person(String nationalId, String familyName, String givenName, String role, LocalDate startDate,
                         LocalDate certificateExpires, LocalDate notReadyFrom) {
    }

    /**
     * The forecast: every day of the range, the first day it falls below 100 % and below the nation's threshold
     * (null when it never does), and the people to retrain first.
     */
    public record Forecast(String nation, String mission, LocalDate from, LocalDate to, int threshold, long total,
                           List<Day> days, LocalDate belowFullFrom, LocalDate belowThresholdFrom,
                           List<Person> retrainFirst) {
    }

    public Forecast forecast(String iso3, String mission, String from, String to) {
        String nation = scope.require(iso3);
        if (mission == null || mission.isBlank() || !referenceData.missionExists(mission)) {
            throw new NotFound("mission", "No mission " + mission);
        }
        LocalDate first = date("from", from, LocalDate.now(ZoneOffset.UTC));
        LocalDate last = date("to", to, first.plusDays(90));
        if (last.isBefore(first)) {
            throw new InvalidInput("to", "to (" + last + ") must not be before from (" + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidInput("to", "a forecast covers at most " + MAX_DAYS + " days; from " + first
                    + " that is up to " + first.plusDays(MAX_DAYS - 1));
        }
        int threshold = threshold(nation);
        Map<String, Deployment> contingent = contingent(nation, mission);
        List<Day> days = new ArrayList<>();
        LocalDate belowFull = null;
        LocalDate belowThreshold = null;
        Map<String, LocalDate> notReadyFrom = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            long ready = 0;
            for (Deployment d : contingent.values()) {
                if (d.readyOn(day)) {
                    ready++;
                } else {
                    notReadyFrom.putIfAbsent(d.nationalId, day);
                }
            }
            long total = contingent.size();
            boolean below = ready * 100 < (long) threshold * total;
            // Rounded down, so that a day short of one person never shows 100 %.
            days.add(new Day(day, ready, total, total == 0 ? 100 : (int) (ready * 100 / total), below));
            if (belowFull == null && ready < total) {
                belowFull = day;
            }
            if (belowThreshold == null && below) {
                belowThreshold = day;
            }
        }
        List<Person> retrain = contingent.values().stream().filter(d -> notReadyFrom.containsKey(d.nationalId))
                .map(d -> new Person(d.nationalId, d.familyName, d.givenName, d.role, d.start, d.latestExpiry(),
                        notReadyFrom.get(d.nationalId)))
                .sorted(Comparator.comparing(Person::startDate)
                        .thenComparing(Person::certificateExpires, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Person::familyName).thenComparing(Person::nationalId))
                .toList();
        audit.record("READINESS_FORECAST_VIEWED", "readiness", mission + "@" + first + ".." + last, nation,
                contingent.size() + " people, " + retrain.size() + " to retrain");
        return new Forecast(nation, mission, first, last, threshold, contingent.size(), days, belowFull,
                belowThreshold, retrain);
    }

    /** The share below which the nation wants to be warned; the service's default until it sets one. */
    public int threshold(String iso3) {
        String nation = scope.require(iso3);
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select readiness_threshold from nation where iso3 = ?")) {
            q.setString(1, nation);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) {
                    return rs.getInt(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The readiness threshold could not be read: " + e.getMessage(), e);
        }
        return defaultThreshold;
    }

    /** Sets the nation's threshold, a whole percentage from 1 to 100; audited. */
    public int setThreshold(String iso3, Integer percent) {
        String nation = scope.require(iso3);
        if (percent == null || percent < 1 || percent > 100) {
            throw new InvalidInput("threshold", "the threshold is a whole percentage from 1 to 100, not " + percent);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "update nation set readiness_threshold = ? where iso3 = ?")) {
            q.setInt(1, percent);
            q.setString(2, nation);
            q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The readiness threshold could not be saved: " + e.getMessage(), e);
        }
        audit.record("READINESS_THRESHOLD_SET", "nation", nation, nation, percent + " %");
        return percent;
    }

    /** A deployment with its certificates that cover its role. */
    private static final class Deployment {
        final String nationalId;
        final String familyName;
        final String givenName;
        final String role;
        final LocalDate start;
        final List<LocalDate[]> certificates = new ArrayList<>();

        Deployment(String nationalId, String familyName, String givenName, String role, LocalDate start) {
            this.nationalId = nationalId;
            this.familyName = familyName;
            this.givenName = givenName;
            this.role = role;
            this.start = start;
        }

        /** Each certificate as {issued, expires, revoked or null}. */
        boolean readyOn(LocalDate day) {
            LocalDate needed = day.isBefore(start) ? start : day;
            for (LocalDate[] c : certificates) {
                if (!c[0].isAfter(day) && (c[2] == null || c[2].isAfter(day)) && !c[1].isBefore(needed)) {
                    return true;
                }
            }
            return false;
        }

        LocalDate latestExpiry() {
            return certificates.stream().filter(c -> c[2] == null).map(c -> c[1]).max(Comparator.naturalOrder())
                    .orElse(null);
        }
    }

    private Map<String, Deployment> contingent(String nation, String mission) {
        Map<String, Deployment> contingent = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(SQL)) {
            q.setString(1, nation);
            q.setString(2, mission);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    Deployment d = contingent.computeIfAbsent(id, k -> {
                        try {
                            return new Deployment(k, rs.getString(2), rs.getString(3), rs.getString(4),
                                    rs.getDate(5).toLocalDate());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    Date issued = rs.getDate(6);
                    if (issued != null) {
                        Timestamp revoked = rs.getTimestamp(8);
                        d.certificates.add(new LocalDate[]{issued.toLocalDate(), rs.getDate(7).toLocalDate(),
                                revoked == null ? null : revoked.toInstant().atZone(ZoneOffset.UTC).toLocalDate()});
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The forecast could not be read: " + e.getMessage(), e);
        }
        return contingent;
    }

    private static LocalDate date(String name, String value, LocalDate otherwise) {
        try {
            return value == null || value.isBlank() ? otherwise : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, name + " must be a date written YYYY-MM-DD, not '" + value + "'");
        }
    }
}
