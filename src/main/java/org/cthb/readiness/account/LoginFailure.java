package org.cthb.readiness.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A failed sign-in, kept for the throttling window; shared by all instances through the database. */
@Entity
@Table(name = "login_failure")
public class LoginFailure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String email;

    @Column(name = "remote_address")
    public String remoteAddress;

    static long forEmailSince(String email, Instant since) {
        return count("email = ?1 and occurredAt > ?2", email, since);
    }

    static long fromAddressSince(String address, Instant since) {
        return count("remoteAddress = ?1 and occurredAt > ?2", address, since);
    }
}
