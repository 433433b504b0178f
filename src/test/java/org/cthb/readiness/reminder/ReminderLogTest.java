package org.cthb.readiness.reminder;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim that makes reminders safe with several instances: one insert wins, and a failed send gives it back. */
@QuarkusTest
class ReminderLogTest {

    @Inject
    ReminderLog log;
    @Inject
    ReminderDelivery delivery;

    private static ReminderLog.Entry entry(String email, LocalDate day) {
        Recipient recipient = new Recipient(null, null, "Someone", email, null, "NOR");
        return new ReminderLog.Entry(ReminderKind.NOT_READY, recipient, "KFOR", day, "NOT_STARTED", null, day,
                Instant.now(), "test");
    }

    @Test
    void ofManyInstancesClaimingTheSameReminderAtOnceExactlyOneWins() throws Exception {
        ReminderLog.Entry entry = entry("race-" + Contingents.tag() + "@test.example", LocalDate.now());
        ExecutorService instances = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> claims = List.of(() -> log.claim(entry), () -> log.claim(entry),
                    () -> log.claim(entry), () -> log.claim(entry));
            List<Boolean> won = instances.invokeAll(claims).stream().map(ReminderLogTest::result).toList();
            assertThat(won).containsOnlyOnce(true);
        } finally {
            instances.shutdownNow();
        }
    }

    @Test
    void theSameAddressInOtherCaseIsTheSameRecipientButAnotherDayIsNot() {
        String email = "case-" + Contingents.tag() + "@test.example";
        LocalDate day = LocalDate.now();
        assertThat(log.claim(entry(email, day))).isTrue();
        assertThat(log.claim(entry(email.toUpperCase(), day))).isFalse();
        assertThat(log.claim(entry(email, day.plusDays(1)))).isTrue();
    }

    @Test
    void aMailThatCannotBeSentIsCountedAsFailedAndMayBeSentAgain() {
        ReminderLog.Entry entry = entry("down-" + Contingents.tag() + "@test.example", LocalDate.now());
        ReminderDelivery.Outcome outcome = delivery.deliver(entry, () -> {
            throw new IllegalStateException("SMTP server unreachable");
        });
        assertThat(outcome).isEqualTo(ReminderDelivery.Outcome.FAILED);
        assertThat(log.claim(entry)).isTrue();
    }

    @Test
    void aPersonWithoutAddressIsSkippedWithoutALogEntry() {
        ReminderLog.Entry entry = entry(" ", LocalDate.now());
        assertThat(delivery.deliver(entry, () -> {
            throw new AssertionError("nothing may be sent");
        })).isEqualTo(ReminderDelivery.Outcome.NO_EMAIL);
    }

    private static Boolean result(Future<Boolean> claim) {
        try {
            return claim.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
