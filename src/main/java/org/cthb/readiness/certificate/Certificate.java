package org.cthb.readiness.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.cthb.readiness.error.Conflict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A certificate of training: who met which standard, when, until when, and whether it was revoked. */
@Entity
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {

    /** What a verifier learns about a certificate. */
    public enum Status { VALID, EXPIRED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The compact form of the {@link CertificateNumber}. */
    public String number;
    @Column(name = "account_id")
    public long accountId;
    @Column(name = "person_id")
    public Long personId;
    @Column(name = "course_version_id")
    public long courseVersionId;
    @Column(name = "holder_name")
    public String holderName;
    @Column(name = "nation_iso3")
    public String nationIso3;
    @Column(name = "subject_pseudonym")
    public String subjectPseudonym;
    @Column(name = "standard_name")
    public String standardName;
    @Column(name = "standard_version")
    public int standardVersion;
    /** The nation's overlay version the certificate was issued under; null when the nation had none. */
    @Column(name = "overlay_version")
    public Integer overlayVersion;
    /** The deployment roles whose standard this certificate met, comma-separated, e.g. "ALL_PERSONNEL,COMMANDER". */
    public String roles;
    @Column(name = "issued_at")
    public Instant issuedAt;
    @Column(name = "issued_on")
    public LocalDate issuedOn;
    @Column(name = "expires_on")
    public LocalDate expiresOn;
    @Column(name = "status_list_index")
    public int statusListIndex;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Column(name = "revoked_by")
    public String revokedBy;
    @Column(name = "revocation_reason")
    public String revocationReason;

    /** Module id to the best score that met the standard. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certificate_module", joinColumns = @JoinColumn(name = "certificate_id"))
    @MapKeyColumn(name = "module_id")
    @Column(name = "best_score")
    public Map<String, Integer> modules = new LinkedHashMap<>();

    /** Module id to the recognition of prior learning that stood for it (no score then); empty for most. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certificate_recognised_module", joinColumns = @JoinColumn(name = "certificate_id"))
    @MapKeyColumn(name = "module_id")
    public Map<String, RecognisedModule> recognised = new LinkedHashMap<>();

    public CertificateNumber certificateNumber() {
        return new CertificateNumber(number);
    }

    /** Revoked wins over expired: a verifier must learn that a certificate was withdrawn. */
    public Status status(LocalDate today) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return today.isAfter(expiresOn) ? Status.EXPIRED : Status.VALID;
    }

    /** Withdraws the certificate for good; a second revocation is refused, so the first reason and date stay. */
    public void revoke(String reason, String by, Instant at) {
        if (revokedAt != null) {
            throw new Conflict("Certificate " + certificateNumber() + " was already revoked on " + revokedAt);
        }
        revokedAt = at;
        revokedBy = by;
        revocationReason = reason;
    }

    public static Optional<Certificate> byNumber(CertificateNumber number) {
        return find("number", number.compact()).firstResultOptional();
    }

    /** Locked for update, so that two revocations at once cannot both succeed. */
    public static Optional<Certificate> lockedByNumber(CertificateNumber number) {
        return find("number", number.compact()).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static List<Certificate> ofAccount(long accountId) {
        return list("accountId = ?1 order by issuedAt desc", accountId);
    }

    public static boolean numberTaken(CertificateNumber number) {
        return count("number", number.compact()) > 0;
    }

    public static boolean statusListIndexTaken(int index) {
        return count("statusListIndex", index) > 0;
    }

    /** The unrevoked certificates that rest on the recognition, each locked, so that revoking them cannot race. */
    public static List<Certificate> restingOn(long recognitionId) {
        List<?> ids = getEntityManager().createNativeQuery("""
                select distinct m.certificate_id from certificate_recognised_module m
                join certificate c on c.id = m.certificate_id
                where m.recognition_id = ?1 and c.revoked_at is null""")
                .setParameter(1, recognitionId).getResultList();
        return ids.stream().map(id -> Certificate.<Certificate>findById(((Number) id).longValue(),
                LockModeType.PESSIMISTIC_WRITE)).filter(c -> c != null && c.revokedAt == null).toList();
    }

    public static List<Integer> revokedIndexes() {
        return getEntityManager().createQuery(
                "select c.statusListIndex from Certificate c where c.revokedAt is not null", Integer.class)
                .getResultList();
    }
}
