package org.cthb.readiness.lti;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A score on its way to a platform's line item; {@link ScoreQueue} claims and settles it for the sender. */
@Entity
@Table(name = "lti_score_outbox")
public class ScoreOutboxEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "platform_id")
    public long platformId;

    @Column(name = "line_item")
    public String lineItem;

    public String subject;

    public int score;

    public boolean passed;

    @Column(name = "scored_at")
    public Instant scoredAt;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error")
    public String lastError;
}
