package org.cthb.readiness.quiz;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** More attempts at one module's quiz, granted to a learner by a nation officer or an administrator, with why. */
@Entity
@Table(name = "attempt_grant")
public class AttemptGrant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    @Column(name = "module_id")
    public String moduleId;

    @Column(name = "extra_attempts")
    public int extraAttempts;

    public String reason;

    @Column(name = "granted_by")
    public String grantedBy;

    @Column(name = "granted_at")
    public Instant grantedAt;

    /** Grants of the learner's current round only: a renewal round starts with the quiz's own attempts again. */
    static List<AttemptGrant> inCycle(long accountId, TrainingCycle cycle) {
        return AttemptGrant.<AttemptGrant>list("accountId = ?1 order by grantedAt, id", accountId).stream()
                .filter(g -> cycle.since() == null || g.grantedAt.isAfter(cycle.since())).toList();
    }

    static int extraFor(long accountId, String moduleId, TrainingCycle cycle) {
        return inCycle(accountId, cycle).stream().filter(g -> g.moduleId.equals(moduleId))
                .mapToInt(g -> g.extraAttempts).sum();
    }
}
