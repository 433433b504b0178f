package org.cthb.readiness.offline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** What became of one change made offline, by the id the browser gave it; a replay returns this, changes nothing. */
@Entity
@Table(name = "offline_receipt")
public class OfflineReceipt extends PanacheEntityBase {

    /** The learner and the browser's id of the change. */
    @Embeddable
    public record Key(@Column(name = "account_id") Long accountId, @Column(name = "client_id") String clientId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "kind")
    public String kind;

    /** 200 when applied; 409 when refused because the attempt was already submitted. */
    @Column(name = "status")
    public int status;

    @Column(name = "outcome")
    public String outcome;

    @Column(name = "received_at")
    public Instant receivedAt;
}
