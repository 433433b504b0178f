package org.cthb.readiness.reminder;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The day and time reminders go by, in UTC so that every instance agrees on what "today" is. A bean of its own
 * so that a test can move to another day.
 */
@ApplicationScoped
public class ReminderClock {

    private final Clock clock;

    public ReminderClock() {
        this(Clock.systemUTC());
    }

    public ReminderClock(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }
}
