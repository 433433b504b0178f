package org.cthb.readiness.quiz;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Finds a learner's current {@link TrainingCycle} from their two latest certificates. */
@ApplicationScoped
public class TrainingCycles {

    /** How long before expiry a certified learner may renew, by passing the quizzes again. */
    @ConfigProperty(name = "cthb.certificate.renewal-window-days", defaultValue = "90")
    int renewalWindowDays;

    @Transactional
    public TrainingCycle of(long accountId) {
        // Read from the certificate table by account id: quiz sits below certificate, which reacts to its events.
        @SuppressWarnings("unchecked")
        List<Object[]> latest = Panache.getEntityManager().createNativeQuery("""
                select issued_at, expires_on, revoked_at from certificate
                where account_id = ?1 order by issued_at desc limit 2""")
                .setParameter(1, accountId).getResultList();
        if (latest.isEmpty()) {
            return TrainingCycle.FIRST;
        }
        Object[] newest = latest.get(0);
        Instant issued = instant(newest[0]);
        LocalDate expires = date(newest[1]);
        boolean revoked = newest[2] != null;
        LocalDate opens = expires.minusDays(renewalWindowDays);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (revoked || !today.isBefore(opens)) {
            // A new round: a revoked certificate must be earned again, and an open renewal starts afresh.
            return new TrainingCycle(issued, revoked ? null : expires, revoked ? null : opens);
        }
        // Still within the round that earned the newest certificate.
        Instant roundStart = latest.size() > 1 ? instant(latest.get(1)[0]) : null;
        return new TrainingCycle(roundStart, expires, opens);
    }

    /** TIMESTAMP columns hold UTC (hibernate.jdbc.time_zone); drivers hand them back in several types. */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
