package org.cthb.readiness.readiness;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The modules recognised from credentials earned elsewhere (changeset 0020), for a whole contingent in one query:
 * those recorded by the end of the day asked and not revoked by then, with the trusted issuer's name as source;
 * one whose uploaded credential ran out before the end of that day is listed as expired (it no longer counts).
 */
@ApplicationScoped
class RecognisedModules {

    private static final String SQL = """
            select p.nation_iso3, p.national_id, r.module_id, r.issuer_name, r.valid_until
            from recognition r join person p on p.id = r.person_id
            where r.recognised_at < ? and (r.revoked_at is null or r.revoked_at >= ?) %s
              and exists (select 1 from deployment d where d.person_id = p.id and d.mission_code = ?)
            order by r.module_id, r.issuer_name
            """;

    /** A person of the contingent, by nation and national id. */
    record Key(String nation, String nationalId) {
    }

    @Inject
    AgroalDataSource dataSource;

    Map<Key, List<ReadinessReport.Recognised>> of(String nation, String mission, LocalDate day) {
        Timestamp endOfDay = Timestamp.from(day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        // Counts on the day asked when still valid at its last second, like a certificate's last day.
        java.time.Instant lastMoment = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
        Map<Key, List<ReadinessReport.Recognised>> recognised = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                SQL.formatted(nation == null ? "" : "and p.nation_iso3 = ?"))) {
            int i = 1;
            q.setTimestamp(i++, endOfDay);
            q.setTimestamp(i++, endOfDay);
            if (nation != null) {
                q.setString(i++, nation);
            }
            q.setString(i, mission);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    // TIMESTAMP columns hold UTC wall time (hibernate.jdbc.time_zone), whatever the JVM's zone.
                    java.time.LocalDateTime wall = rs.getObject(5, java.time.LocalDateTime.class);
                    java.time.Instant until = wall == null ? null : wall.toInstant(ZoneOffset.UTC);
                    boolean expired = until != null && until.isBefore(lastMoment);
                    recognised.computeIfAbsent(new Key(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
                            .add(new ReadinessReport.Recognised(rs.getString(3), rs.getString(4), expired
                                    ? LocalDate.ofInstant(until, ZoneOffset.UTC) : null));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Recognised modules could not be read: " + e.getMessage(), e);
        }
        return recognised;
    }
}
