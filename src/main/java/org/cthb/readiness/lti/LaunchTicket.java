package org.cthb.readiness.lti;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A verified launch that continues in a new window, because the iframe it came in could not keep our cookie. */
@Entity
@Table(name = "lti_launch_ticket")
public class LaunchTicket extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ticket_hash")
    public String ticketHash;

    @Column(name = "account_id")
    public long accountId;

    public String landing;

    public String language;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "used_at")
    public Instant usedAt;
}
