package org.cthb.readiness.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The reminder log, written before a mail leaves. Each claim commits on its own, so that another instance sees
 * it at once: of two instances claiming the same reminder, the unique key lets exactly one insert succeed.
 */
@ApplicationScoped
public class ReminderLog {

    /** One reminder: what it is about, for whom, and who sends it when. */
    public record Entry(ReminderKind kind, Recipient recipient, String mission, LocalDate readinessDate,
                        String readinessStatus, Long certificateId, LocalDate sentOn, Instant sentAt, String sentBy) {
    }

    private static final String CLAIM = """
            insert ignore into reminder_log (kind, recipient_email, person_id, account_id, nation_iso3, mission_code,
              readiness_date, readiness_status, certificate_id, sent_on, sent_at, sent_by)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)""";

    @Inject
    EntityManager em;

    /** True when this call wrote the entry; false when the address already had this kind of reminder today. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(Entry entry) {
        Query insert = em.createNativeQuery(CLAIM)
                .setParameter(1, entry.kind().name())
                .setParameter(2, entry.recipient().normalisedEmail())
                .setParameter(3, entry.recipient().personId())
                .setParameter(4, entry.recipient().accountId())
                .setParameter(5, entry.recipient().nation())
                .setParameter(6, entry.mission())
                .setParameter(7, entry.readinessDate())
                .setParameter(8, entry.readinessStatus())
                .setParameter(9, entry.certificateId())
                .setParameter(10, entry.sentOn())
                .setParameter(11, entry.sentAt())
                .setParameter(12, entry.sentBy());
        return insert.executeUpdate() == 1;
    }

    /** Gives a claim back when its mail could not be sent, so that a later attempt the same day may send it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(Entry entry) {
        em.createNativeQuery("delete from reminder_log where recipient_email = ?1 and kind = ?2 and sent_on = ?3")
                .setParameter(1, entry.recipient().normalisedEmail())
                .setParameter(2, entry.kind().name())
                .setParameter(3, entry.sentOn())
                .executeUpdate();
    }
}
