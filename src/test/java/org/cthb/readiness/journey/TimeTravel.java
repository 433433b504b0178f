package org.cthb.readiness.journey;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.cthb.readiness.crawl.Cast;

/**
 * Lets time pass for one learner. Attempts, answers and lessons are stamped with {@code Instant.now()} (no
 * injectable clock for them, and none is worth adding to production code for tests), so "the next day" or "after
 * the cool-down" is made by moving that learner's own timestamps back by the same amount: for the rules that
 * compare them with now (the cool-down after a failed attempt) this is exactly as if the time had passed. Only the
 * learner's rows are touched, so other tests running against the same database are not affected.
 */
public final class TimeTravel {

    private TimeTravel() {
    }

    public static void minutesPass(String email, long minutes) {
        long account = Cast.accountId(email);
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Panache.getEntityManager();
            em.createNativeQuery("update quiz_attempt set started_at = started_at - interval ?1 minute,"
                    + " submitted_at = submitted_at - interval ?1 minute where account_id = ?2")
                    .setParameter(1, minutes).setParameter(2, account).executeUpdate();
            em.createNativeQuery("update attempt_answer set answered_at = answered_at - interval ?1 minute"
                    + " where attempt_id in (select id from quiz_attempt where account_id = ?2)")
                    .setParameter(1, minutes).setParameter(2, account).executeUpdate();
            em.createNativeQuery("update lesson_progress set completed_at = completed_at - interval ?1 minute"
                    + " where account_id = ?2").setParameter(1, minutes).setParameter(2, account).executeUpdate();
            em.createNativeQuery("update enrolment set started_at = started_at - interval ?1 minute"
                    + " where account_id = ?2").setParameter(1, minutes).setParameter(2, account).executeUpdate();
        });
    }

    public static void daysPass(String email, int days) {
        minutesPass(email, days * 24L * 60);
    }
}
