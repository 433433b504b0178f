package org.cthb.readiness.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.error.Conflict;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The quiz's attempt policy: a limited number of attempts, and a pause after a failed one. */
@ApplicationScoped
public class AttemptPolicy {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /**
     * Refuses a new attempt after a pass in this round of training (until renewal opens), when none are left in this
     * round, or during the cool-down after a failure. A certified learner given a new role may still take the
     * modules it adds: those were never passed. Attempts granted by a training officer in this round add to the
     * quiz's own.
     */
    void requireAnotherAttempt(CourseContent.ModuleContent module, List<QuizAttempt> earlier, TrainingCycle cycle,
                               int granted) {
        if (earlier.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed))) {
            if (cycle.closedOn(LocalDate.now(ZoneOffset.UTC))) {
                throw new Conflict("You have passed this quiz and are certified until " + cycle.certifiedUntil()
                        + "; you can renew your training from " + cycle.renewalOpens());
            }
            throw new Conflict("You have already passed the quiz of this module");
        }
        int allowed = module.quiz().attempts() + granted;
        if (earlier.size() >= allowed) {
            throw new Conflict("You have used all " + allowed + " attempts at this quiz; your training officer can "
                    + "arrange another");
        }
        if (earlier.isEmpty()) {
            return;
        }
        Instant nextAllowed = earlier.get(earlier.size() - 1).submittedAt
                .plus(Duration.ofMinutes(module.quiz().cooldownMinutes()));
        if (Instant.now().isBefore(nextAllowed)) {
            throw new Conflict("You can take this quiz again from " + TIME.format(nextAllowed)
                    + ": take the time to review the lessons first");
        }
    }
}
