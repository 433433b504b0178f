package org.cthb.readiness.learning;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.reference.ReferenceNames;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The time a learner has left: their soonest deployment still to come (today included), from the rosters their
 * account is linked to. The dashboard shows it beside the modules passed, so that "time left" means the date that
 * matters to them, not only the minutes of reading.
 */
@ApplicationScoped
public class Deadlines {

    private static final String SQL = """
            select m.name_en, m.name_fr, d.start_date, m.code
            from account a join deployment d on d.person_id = a.person_id join mission m on m.code = d.mission_code
            where a.id = ? and d.start_date >= ?
            order by d.start_date, m.code
            limit 1
            """;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ReferenceNames names;

    /** A deployment to come: the mission's name in the learner's language, its start, and the days until it. */
    public record Deadline(String mission, LocalDate start, long daysLeft) {

        public boolean today() {
            return daysLeft == 0;
        }
    }

    public Optional<Deadline> next(long accountId, LocalDate today, String language) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(SQL)) {
            q.setLong(1, accountId);
            q.setDate(2, Date.valueOf(today));
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                LocalDate start = rs.getDate(3).toLocalDate();
                String mission = names.mission(rs.getString(4), rs.getString(1), rs.getString(2), language);
                return Optional.of(new Deadline(mission, start,
                        ChronoUnit.DAYS.between(today, start)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The learner's next deployment could not be read: " + e.getMessage(), e);
        }
    }
}
