package org.cthb.readiness.quiz;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The learner's current round of training. A certificate closes a round; its renewal window (or its expiry or
 * revocation) opens the next, in which every quiz must be passed again. Attempts of earlier rounds stay on record
 * but no longer count towards the pass or the number of attempts.
 *
 * @param since          when the current round began (the latest certificate's issue), null for the first round
 * @param certifiedUntil the last day of the latest unrevoked certificate, null when there is none
 * @param renewalOpens   the first day the learner may renew, null when there is no certificate to renew
 */
public record TrainingCycle(Instant since, LocalDate certifiedUntil, LocalDate renewalOpens) {

    public static final TrainingCycle FIRST = new TrainingCycle(null, null, null);

    /** Whether the attempt belongs to this round. */
    public boolean counts(QuizAttempt attempt) {
        return since == null || attempt.startedAt.isAfter(since);
    }

    /** True while the learner holds a certificate that cannot be renewed yet: no new attempt is needed or taken. */
    public boolean closedOn(LocalDate today) {
        return renewalOpens != null && today.isBefore(renewalOpens);
    }
}
