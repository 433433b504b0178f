package org.cthb.readiness.xapi;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** A statement on its way to a Learning Record Store. */
@Entity
@Table(name = "xapi_outbox")
public class XapiOutboxEntry extends PanacheEntityBase {

    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "statement_id")
    public String statementId;

    @Column(name = "nation_iso3")
    public String nation;

    public String statement;

    @Column(name = "created_at")
    public Instant createdAt;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error")
    public String lastError;

    void delivered() {
        sentAt = Instant.now();
        lastError = null;
    }

    /** Exponential backoff, 2, 4, 8... seconds, at most an hour: a long LRS outage costs little. */
    void failed(String error) {
        attempts++;
        long seconds = Math.min(1L << Math.min(attempts, 20), MAX_BACKOFF.toSeconds());
        nextAttemptAt = Instant.now().plusSeconds(seconds);
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
    }
}
