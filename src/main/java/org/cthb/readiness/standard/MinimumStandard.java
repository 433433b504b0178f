package org.cthb.readiness.standard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * One version of a minimum standard: NATO's baseline (scope {@value #NATO}) or a nation's overlay (scope = the
 * nation's code). Rows are never changed: editing a standard adds the next version.
 */
@Entity
@Table(name = "standard_version")
public class MinimumStandard extends PanacheEntityBase {

    public static final String NATO = "NATO";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String scope;

    @Column(name = "version_no")
    public int versionNo;

    /** The requirements per deployment role, as {@link StandardCodec} writes them. */
    public String rules;

    public String note;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** The newest version of a scope, if it has any. */
    static Optional<MinimumStandard> latest(String scope) {
        return find("scope = ?1 order by versionNo desc", scope).firstResultOptional();
    }

    /** As {@link #latest}, read with a shared lock: sees rows committed after this transaction's snapshot. */
    static Optional<MinimumStandard> latestCommitted(String scope) {
        return find("scope = ?1 order by versionNo desc", scope).withLock(LockModeType.PESSIMISTIC_READ)
                .firstResultOptional();
    }

    static Optional<MinimumStandard> version(String scope, int versionNo) {
        return find("scope = ?1 and versionNo = ?2", scope, versionNo).firstResultOptional();
    }

    static java.util.List<MinimumStandard> history(String scope) {
        return list("scope = ?1 order by versionNo desc", scope);
    }
}
