package org.cthb.readiness.certificate;

import org.cthb.readiness.error.RateLimited;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerificationThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-12T10:00:05Z"));
    private final VerificationThrottle throttle = new VerificationThrottle(3, clock);

    @Test
    void refusesTheLookUpAfterTheLimitWithinAMinute() {
        for (int i = 0; i < 3; i++) {
            throttle.count("198.51.100.7");
        }
        assertThatThrownBy(() -> throttle.count("198.51.100.7")).isInstanceOf(RateLimited.class);
    }

    @Test
    void otherAddressesAndTheNextMinuteStartAfresh() {
        for (int i = 0; i < 3; i++) {
            throttle.count("198.51.100.7");
        }
        assertThatCode(() -> throttle.count("198.51.100.8")).doesNotThrowAnyException();
        clock.now = clock.now.plusSeconds(60);
        assertThatCode(() -> throttle.count("198.51.100.7")).doesNotThrowAnyException();
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
