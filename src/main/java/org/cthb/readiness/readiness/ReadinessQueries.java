package org.cthb.readiness.readiness;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.error.InvalidInput;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

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

    private static final String SQL = """
            select p.nation_iso3, p.national_id, p.family_name, p.given_name, p.email, p.gender, p.birth_year, d.role, d.start_date,
              case
                when exists (select 1 from account a join certificate c on c.account_id = a.id
                             where a.person_id = p.id and c.revoked_at is null
                             and c.issued_on <= ? and c.expires_on >= d.start_date) then 'READY'
                when exists (select 1 from account a join certificate c on c.account_id = a.id
                             where a.person_id = p.id and c.revoked_at is null
                             and c.issued_on <= ? and c.expires_on >= ?) then 'EXPIRES'
                when ? and abs(datediff(d.start_date, ?)) <= ? then 'GRACE'
                when exists (select 1 from account a join lesson_progress lp on lp.account_id = a.id
                             where a.person_id = p.id)
                  or exists (select 1 from account a join quiz_attempt qa on qa.account_id = a.id
                             where a.person_id = p.id) then 'IN_PROGRESS'
                else 'NOT_STARTED'
              end as status
            from deployment d join person p on p.id = d.person_id
            where (? is null or p.nation_iso3 = ?) and d.mission_code = ?
            """;

    @Inject
    AgroalDataSource dataSource;
    /** The baseline standard's theatre in-processing window, until standards are edited in the service. */
    @ConfigProperty(name = "cthb.standard.in-processing-allowed", defaultValue = "true")
    boolean inProcessing;
    @ConfigProperty(name = "cthb.standard.grace-days", defaultValue = "14")
    int graceDays;

    /** Every deployment to the mission; of one nation, or of all nations when {@code nation} is null. */
    public List<Row> contingent(String nation, String mission, LocalDate date) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(SQL)) {
            Date day = Date.valueOf(date);
            q.setDate(1, day);
            q.setDate(2, day);
            q.setDate(3, day);
            q.setBoolean(4, inProcessing);
            q.setDate(5, day);
            q.setInt(6, graceDays);
            q.setString(7, nation);
            q.setString(8, nation);
            q.setString(9, mission);
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

    /** The date of a readiness question: today when none is given. */
    static LocalDate parseDate(String date) {
        try {
            return date == null || date.isBlank() ? LocalDate.now() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("date", "date must be written YYYY-MM-DD, not '" + date + "'");
        }
    }
}
