package org.cthb.readiness.recognition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An issuer a nation trusts: its id as credentials name it, its public keys (JWKs, configured rather than fetched)
 * and which of its achievements stand for which of our modules.
 */
@Entity
@Table(name = "trusted_issuer")
public class TrustedIssuer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "nation_iso3")
    public String nationIso3;
    @Column(name = "issuer_id")
    public String issuerId;
    public String name;
    /** A JSON array of public JWKs. */
    @Column(name = "public_keys")
    public String publicKeys;
    /** A JSON object: achievement id to a list of our module ids. */
    public String achievements;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    static Optional<TrustedIssuer> of(String nation, String issuerId) {
        return find("nationIso3 = ?1 and issuerId = ?2", nation, issuerId).firstResultOptional();
    }

    static List<TrustedIssuer> ofNation(String nation) {
        return list("nationIso3 = ?1 order by name, issuerId", nation);
    }
}
