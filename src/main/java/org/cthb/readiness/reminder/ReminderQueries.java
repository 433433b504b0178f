package org.cthb.readiness.reminder;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who reminders go to, read for a whole contingent or a whole day's expiries in one query each. */
@ApplicationScoped
public class ReminderQueries {

    /** A certificate that expires soon, with its holder. */
    public record Expiring(long certificateId, String number, LocalDate expiresOn, Recipient holder) {
    }

    /** The person behind each deployment, with the account they sign in with (language, fallback address). */
    private static final String DEPLOYED = """
            select p.national_id, p.id, concat(p.given_name, ' ', p.family_name), coalesce(p.email, max(a.email)),
              max(a.id), max(a.language)
            from deployment d join person p on p.id = d.person_id left join account a on a.person_id = p.id
            where p.nation_iso3 = ? and d.mission_code = ?
            group by p.id, p.national_id, p.given_name, p.family_name, p.email
            """;

    /**
     * Valid certificates expiring in the window that were never reminded about, leaving out those the holder
     * has already renewed (a newer valid certificate of the same account or person).
     */
    private static final String EXPIRING = """
            select c.id, c.number, c.expires_on, coalesce(c.person_id, a.person_id), a.id, c.holder_name,
              coalesce(p.email, a.email), a.language, c.nation_iso3
            from certificate c join account a on a.id = c.account_id
              left join person p on p.id = coalesce(c.person_id, a.person_id)
            where c.revoked_at is null and c.expires_on between ? and ?
              and not exists (select 1 from certificate n join account na on na.id = n.account_id
                              where n.id <> c.id and n.revoked_at is null and n.expires_on > c.expires_on
                              and (n.account_id = c.account_id
                                   or coalesce(n.person_id, na.person_id) = coalesce(c.person_id, a.person_id)))
              and not exists (select 1 from reminder_log r where r.certificate_id = c.id and r.kind = ?)
            order by c.expires_on, c.id
            """;

    @Inject
    AgroalDataSource dataSource;

    /** National id to recipient, for every person of the nation deployed to the mission. */
    public Map<String, Recipient> deployed(String nation, String mission) {
        Map<String, Recipient> people = new HashMap<>();
        query(DEPLOYED, q -> {
            q.setString(1, nation);
            q.setString(2, mission);
        }, rs -> people.put(rs.getString(1), new Recipient(rs.getLong(2), rs.getObject(5, Long.class),
                rs.getString(3), rs.getString(4), rs.getString(6), nation)));
        return people;
    }

    public List<Expiring> expiring(LocalDate from, LocalDate to) {
        List<Expiring> due = new ArrayList<>();
        query(EXPIRING, q -> {
            q.setDate(1, Date.valueOf(from));
            q.setDate(2, Date.valueOf(to));
            q.setString(3, ReminderKind.CERTIFICATE_EXPIRY.name());
        }, rs -> due.add(new Expiring(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                new Recipient(rs.getObject(4, Long.class), rs.getLong(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9)))));
        return due;
    }

    private interface Binder {
        void bind(PreparedStatement q) throws SQLException;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Binder binder, RowReader reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            binder.bind(q);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reminder recipients could not be read: " + e.getMessage(), e);
        }
    }
}
