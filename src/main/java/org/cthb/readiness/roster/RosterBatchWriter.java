package org.cthb.readiness.roster;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.roster.csv.RosterRow;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes roster rows with set-based upserts, one JDBC batch per statement, so that 100,000 rows take seconds.
 * Upserting by (nation, national id) makes a re-run of the same file change nothing.
 */
@ApplicationScoped
public class RosterBatchWriter {

    private static final String UPSERT_PERSON = "insert into person (nation_iso3, national_id, given_name, family_name,"
            + " category, rank_grade, gender, birth_year, email, pseudonym) values (?,?,?,?,?,?,?,?,?,uuid())"
            + " on duplicate key update given_name = values(given_name), family_name = values(family_name),"
            + " category = values(category), rank_grade = values(rank_grade), gender = values(gender),"
            + " birth_year = values(birth_year), email = values(email), updated_at = current_timestamp(3)";
    private static final String UPSERT_DEPLOYMENT = "insert into deployment (person_id, mission_code, role, start_date)"
            + " select id, ?, ?, ? from person where nation_iso3 = ? and national_id = ?"
            + " on duplicate key update role = values(role), start_date = values(start_date)";
    private static final String LINK_ACCOUNTS = "update account a join person p on p.email = a.email"
            + " and p.nation_iso3 = ? set a.person_id = p.id, a.nation_iso3 = coalesce(a.nation_iso3, p.nation_iso3)"
            + " where a.person_id is null and a.role = 'LEARNER'";

    @Inject
    AgroalDataSource dataSource;

    /** Writes one batch in one transaction: either the whole batch lands or none of it. */
    public void write(String nation, List<RosterRow> rows) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement persons = c.prepareStatement(UPSERT_PERSON);
                 PreparedStatement deployments = c.prepareStatement(UPSERT_DEPLOYMENT)) {
                for (RosterRow row : rows) {
                    bindPerson(persons, nation, row);
                    bindDeployment(deployments, nation, row);
                }
                persons.executeBatch();
                deployments.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Gives learner accounts with the same e-mail their person, so their training counts for the roster. */
    public void linkAccounts(String nation) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement link = c.prepareStatement(LINK_ACCOUNTS)) {
            link.setString(1, nation);
            link.executeUpdate();
        }
    }

    /** Which of these national ids the nation already has. */
    public Set<String> existing(String nation, Collection<String> nationalIds) throws SQLException {
        Set<String> found = new HashSet<>();
        if (nationalIds.isEmpty()) {
            return found;
        }
        String marks = String.join(",", java.util.Collections.nCopies(nationalIds.size(), "?"));
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select national_id from person where nation_iso3 = ? and national_id in (" + marks + ")")) {
            q.setString(1, nation);
            int i = 2;
            for (String id : nationalIds) {
                q.setString(i++, id);
            }
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    private static void bindPerson(PreparedStatement s, String nation, RosterRow row) throws SQLException {
        s.setString(1, nation);
        s.setString(2, row.nationalId());
        s.setString(3, row.givenName());
        s.setString(4, row.familyName());
        s.setString(5, row.category().label());
        if (row.rank() == null) {
            s.setNull(6, Types.VARCHAR);
        } else {
            s.setString(6, row.rank());
        }
        s.setString(7, row.gender().label());
        s.setInt(8, row.birthYear());
        s.setString(9, row.email().toLowerCase(java.util.Locale.ROOT));
        s.addBatch();
    }

    private static void bindDeployment(PreparedStatement s, String nation, RosterRow row) throws SQLException {
        s.setString(1, row.mission());
        s.setString(2, row.role().name());
        s.setDate(3, Date.valueOf(row.startDate()));
        s.setString(4, nation);
        s.setString(5, row.nationalId());
        s.addBatch();
    }
}
