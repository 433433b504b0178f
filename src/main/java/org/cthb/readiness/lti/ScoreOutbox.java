package org.cthb.readiness.lti;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.cthb.readiness.quiz.QuizGraded;

import java.time.Instant;
import java.util.List;

/**
 * Puts a learner's standing on a module (best score so far, and whether passed) in the outbox for every line item
 * their launches named, in the grading transaction: one insert, never a call to the platform, so grading is as fast
 * with LTI as without, and a platform that is down loses nothing.
 */
@ApplicationScoped
public class ScoreOutbox {

    @Transactional(Transactional.TxType.MANDATORY)
    void graded(@Observes QuizGraded graded) {
        List<GradeLink> links = GradeLink.list("accountId = ?1 and moduleId = ?2", graded.accountId(),
                graded.moduleId());
        if (links.isEmpty()) {
            return;
        }
        Object[] best = (Object[]) Panache.getEntityManager().createNativeQuery("select max(score), max(passed)"
                        + " from quiz_attempt where account_id = ?1 and module_id = ?2 and submitted_at is not null")
                .setParameter(1, graded.accountId()).setParameter(2, graded.moduleId()).getSingleResult();
        int score = Math.max(graded.score(), best[0] == null ? 0 : ((Number) best[0]).intValue());
        boolean passed = graded.passed() || best[1] != null && (best[1] instanceof Boolean b ? b
                : ((Number) best[1]).intValue() != 0);
        Instant now = Instant.now();
        for (GradeLink link : links) {
            ScoreOutboxEntry entry = new ScoreOutboxEntry();
            entry.platformId = link.platformId;
            entry.lineItem = link.lineItem;
            entry.subject = link.subject;
            entry.score = score;
            entry.passed = passed;
            entry.scoredAt = now;
            entry.nextAttemptAt = now;
            entry.persist();
        }
    }
}
