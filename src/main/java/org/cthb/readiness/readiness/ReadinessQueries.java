package org.cthb.readiness.readiness;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.standard.Standards;
import org.cthb.readiness.standard.rules.DeploymentRole;
import org.cthb.readiness.standard.rules.Requirement;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Readiness of a whole contingent in one set-based query: every deployment of the nation to the mission with its
 * status decided in SQL, never a query per person. The certificate, progress and attempt lookups are index seeks.
 */
@ApplicationScoped
public class ReadinessQueries {

    /** A row of the readiness query, with what the disaggregation needs. */
    public record Row(String nation, String nationalId, String familyName, String givenName, String email, String gender,
                      Integer birthYear, String role, LocalDate startDate, ReadinessStatus status) {
    }

    /**
     * READY needs an unrevoked certificate, valid on the start date, that met the standard of the deployment's role;
     * GRACE needs the in-processing window of the nation's standard for that role, from the {@code window} table.
     */
    private static final String SQL = """
            with window_rule (nation, role, allowed, grace) as (%s)
            select p.nation_iso3, p.national_id, p.family_name, p.given_name, p.email, p.gender, p.birth_year, d.role, d.start_date,
              case
                when exists (select 1 from account a join certificate c on c.account_id = a.id
                             where a.person_id = p.id and c.revoked_at is null and find_in_set(d.role, c.roles) > 0
                             and c.issued_on <= ? and c.expires_on >= d.start_date) then 'READY'
                when exists (select 1 from account a join certificate c on c.account_id = a.id
                             where a.person_id = p.id and c.revoked_at is null and find_in_set(d.role, c.roles) > 0
                             and c.issued_on <= ? and c.expires_on >= ?) then 'EXPIRES'
                when coalesce(wn.allowed, wb.allowed) and abs(datediff(d.start_date, ?)) <= coalesce(wn.grace, wb.grace)
                  then 'GRACE'
                when exists (select 1 from account a join lesson_progress lp on lp.account_id = a.id
                             where a.person_id = p.id)
                  or exists (select 1 from account a join quiz_attempt qa on qa.account_id = a.id
                             where a.person_id = p.id) then 'IN_PROGRESS'
                else 'NOT_STARTED'
              end as status
            from deployment d join person p on p.id = d.person_id
              left join window_rule wn on wn.nation = p.nation_iso3 and wn.role = d.role
              left join window_rule wb on wb.nation = '*' and wb.role = d.role
            where (? is null or p.nation_iso3 = ?) and d.mission_code = ?
            order by p.family_name, p.given_name, p.national_id
            """;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Standards standards;

    /** Every deployment to the mission; of one nation, or of all nations when {@code nation} is null. */
    public List<Row> contingent(String nation, String mission, LocalDate date) {
        List<WindowRule> windows = windows(nation);
        String table = String.join(" union all ", java.util.Collections.nCopies(windows.size(), "select ?, ?, ?, ?"));
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(SQL.formatted(table))) {
            int i = 1;
            for (WindowRule w : windows) {
                q.setString(i++, w.nation());
                q.setString(i++, w.role());
                q.setBoolean(i++, w.allowed());
                q.setInt(i++, w.grace());
            }
            Date day = Date.valueOf(date);
            q.setDate(i++, day);
            q.setDate(i++, day);
            q.setDate(i++, day);
            q.setDate(i++, day);
            q.setString(i++, nation);
            q.setString(i++, nation);
            q.setString(i, mission);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7) == null ? null : rs.getInt(7),
                            rs.getString(8), rs.getDate(9).toLocalDate(), ReadinessStatus.valueOf(rs.getString(10))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Readiness could not be read: " + e.getMessage(), e);
        }
    }

    /** One in-processing rule per role of the baseline ('*'), and per role of each nation with an overlay. */
    private record WindowRule(String nation, String role, boolean allowed, int grace) {
    }

    private List<WindowRule> windows(String nation) {
        List<WindowRule> rules = new ArrayList<>();
        add(rules, "*", standards.effective(null));
        Set<String> overlaid = standards.nationsWithOverlay();
        for (String n : overlaid) {
            if (nation == null || nation.equals(n)) {
                add(rules, n, standards.effective(n));
            }
        }
        return rules;
    }

    private static void add(List<WindowRule> rules, String nation, Map<DeploymentRole, Requirement> effective) {
        effective.forEach((role, r) -> rules.add(new WindowRule(nation, role.name(), r.inProcessingAllowed(),
                r.graceDays())));
    }

    /** The date of a readiness question: today when none is given. */
    static LocalDate parseDate(String date) {
        try {
            return date == null || date.isBlank() ? LocalDate.now() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("date", "date must be written YYYY-MM-DD, not '" + date + "'");
        }
    }
}
