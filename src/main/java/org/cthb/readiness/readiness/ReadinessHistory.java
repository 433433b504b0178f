package org.cthb.readiness.readiness;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.standard.rules.DeploymentRole;
import org.cthb.readiness.standard.rules.Requirement;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Readiness as it stood on any date, computed from the records themselves: only the certificates issued by that date
 * count. Exact but slow for a large contingent (four index look-ups per person), so it answers only what the
 * {@link ReadinessFacts read model} cannot: a date before the latest certificate was issued. Still one set-based
 * query for the whole contingent, never a query per person.
 */
@ApplicationScoped
class ReadinessHistory {

    /**
     * READY needs an unrevoked certificate, issued by the date and valid on the start date, that covers the
     * deployment's role; GRACE needs the in-processing window of the nation's standard for that role.
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
                             where a.person_id = p.id)
                  or exists (select 1 from recognition r where r.person_id = p.id and r.revoked_at is null)
                  then 'IN_PROGRESS'
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

    /** Every deployment to the mission, sorted by name; of one nation, or of all nations when {@code nation} is null. */
    List<ReadinessQueries.Row> contingent(String nation, String mission, LocalDate date, GraceWindows windows) {
        List<Rule> rules = rules(windows);
        String table = String.join(" union all ", Collections.nCopies(rules.size(), "select ?, ?, ?, ?"));
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(SQL.formatted(table))) {
            int i = 1;
            for (Rule rule : rules) {
                q.setString(i++, rule.nation());
                q.setString(i++, rule.role());
                q.setBoolean(i++, rule.allowed());
                q.setInt(i++, rule.grace());
            }
            Date day = Date.valueOf(date);
            q.setDate(i++, day);
            q.setDate(i++, day);
            q.setDate(i++, day);
            q.setDate(i++, day);
            q.setString(i++, nation);
            q.setString(i++, nation);
            q.setString(i, mission);
            List<ReadinessQueries.Row> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ReadinessQueries.Row(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getObject(7) == null ? null : rs.getInt(7), rs.getString(8),
                            rs.getDate(9).toLocalDate(), ReadinessStatus.valueOf(rs.getString(10))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Readiness could not be read: " + e.getMessage(), e);
        }
    }

    /** One row of the window table per role: '*' for the baseline of nations without an overlay. */
    private record Rule(String nation, String role, boolean allowed, int grace) {
    }

    private static List<Rule> rules(GraceWindows windows) {
        List<Rule> rules = new ArrayList<>();
        add(rules, "*", windows.others());
        windows.overlaid().forEach((nation, standard) -> add(rules, nation, standard));
        return rules;
    }

    private static void add(List<Rule> rules, String nation, Map<DeploymentRole, Requirement> standard) {
        standard.forEach((role, r) -> rules.add(new Rule(nation, role.name(), r.inProcessingAllowed(), r.graceDays())));
    }
}
