package org.cthb.readiness.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Failed sign-ins of one account or from one address since it last signed in, kept in the database so that
 * every instance applies the same delay.
 */
@Entity
@Table(name = "login_backoff")
public class LoginBackoff extends PanacheEntityBase {

    /** Whose failures: an account's, whatever the address, or an address's, whatever the account. */
    public enum Scope { ACCOUNT, ADDRESS }

    @Id
    public Long id;

    @Enumerated(EnumType.STRING)
    public Scope scope;

    public String subject;

    public int failures;

    @Column(name = "last_failure_at")
    public Instant lastFailureAt;

    static Optional<LoginBackoff> of(Scope scope, String subject) {
        return find("scope = ?1 and subject = ?2", scope, subject).firstResultOptional();
    }

    static List<LoginBackoff> since(Instant since, int limit) {
        return find("lastFailureAt > ?1 order by lastFailureAt desc", since).page(0, limit).list();
    }
}
