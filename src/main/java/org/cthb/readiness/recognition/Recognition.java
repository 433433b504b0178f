package org.cthb.readiness.recognition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cthb.readiness.error.Conflict;

import java.time.Instant;
import java.util.List;

/** One module of a person recognised from a credential earned elsewhere, the credential kept as evidence. */
@Entity
@Table(name = "recognition")
public class Recognition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "person_id")
    public long personId;
    @Column(name = "nation_iso3")
    public String nationIso3;
    @Column(name = "module_id")
    public String moduleId;
    @Column(name = "trusted_issuer_id")
    public Long trustedIssuerId;
    @Column(name = "issuer_id")
    public String issuerId;
    @Column(name = "issuer_name")
    public String issuerName;
    @Column(name = "achievement_id")
    public String achievementId;
    /** {@code vc+jwt} or {@code data-integrity}. */
    @Column(name = "credential_format")
    public String credentialFormat;
    /** SHA-256 (hex) of the credential as uploaded, so the same upload is not recognised twice. */
    @Column(name = "credential_hash")
    public String credentialHash;
    /** The credential exactly as uploaded: the evidence. */
    public String credential;
    @Column(name = "valid_until")
    public Instant validUntil;
    @Column(name = "recognised_at")
    public Instant recognisedAt;
    @Column(name = "recognised_by")
    public String recognisedBy;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Column(name = "revoked_by")
    public String revokedBy;
    @Column(name = "revocation_reason")
    public String revocationReason;

    /** Revokes once; a second revocation is a conflict, so the first reason and time stay. */
    void revoke(String by, String reason, Instant at) {
        if (revokedAt != null) {
            throw new Conflict("id", "Recognition " + id + " was already revoked on " + revokedAt);
        }
        revokedAt = at;
        revokedBy = by;
        revocationReason = reason;
    }

    static List<Recognition> ofPerson(long personId) {
        return list("personId = ?1 order by recognisedAt desc, id desc", personId);
    }

    static boolean heldAlready(long personId, String credentialHash) {
        return count("personId = ?1 and credentialHash = ?2 and revokedAt is null", personId, credentialHash) > 0;
    }
}
