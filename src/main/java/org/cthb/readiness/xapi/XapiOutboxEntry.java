package org.cthb.readiness.xapi;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A statement on its way to a Learning Record Store; the sender updates it through {@link XapiOutbox}. */
@Entity
@Table(name = "xapi_outbox")
public class XapiOutboxEntry extends PanacheEntityBase {

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

    public int rejections;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_response")
    public String lastResponse;

    @Column(name = "dead_at")
    public Instant deadAt;
}
