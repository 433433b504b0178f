package org.cthb.readiness.reminder;

import java.time.LocalDate;

/** What a round of reminders did: mails sent, and people skipped with the reason. */
public record ReminderCounts(String nation, String mission, LocalDate date, int sent, int alreadyRemindedToday,
                             int noEmail, int failed) {

    ReminderCounts add(ReminderDelivery.Outcome outcome) {
        return new ReminderCounts(nation, mission, date,
                sent + (outcome == ReminderDelivery.Outcome.SENT ? 1 : 0),
                alreadyRemindedToday + (outcome == ReminderDelivery.Outcome.ALREADY_REMINDED ? 1 : 0),
                noEmail + (outcome == ReminderDelivery.Outcome.NO_EMAIL ? 1 : 0),
                failed + (outcome == ReminderDelivery.Outcome.FAILED ? 1 : 0));
    }

    static ReminderCounts none(String nation, String mission, LocalDate date) {
        return new ReminderCounts(nation, mission, date, 0, 0, 0, 0);
    }

    String describe() {
        return sent + " sent, " + alreadyRemindedToday + " already reminded today, " + noEmail + " without e-mail, "
                + failed + " failed";
    }
}
