package org.cthb.readiness.account;

import org.cthb.readiness.security.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Someone who signs in: a login e-mail, a role and, for nation officers, their nation. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String email;

    @Column(name = "password_hash")
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Column(name = "nation_iso3")
    public String nationIso3;

    @Column(name = "person_id")
    public Long personId;

    public String language;

    public boolean enabled;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    public static Optional<Account> byEmail(String email) {
        return email == null ? Optional.empty() : find("email", normalise(email)).firstResultOptional();
    }

    public static List<Account> allByEmail() {
        return list("order by email");
    }

    public static boolean anyAdmin() {
        return count("role", Role.ADMIN) > 0;
    }

    static String normalise(String email) {
        return email.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
