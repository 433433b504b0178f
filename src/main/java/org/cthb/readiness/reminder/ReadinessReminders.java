package org.cthb.readiness.reminder;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.readiness.ReadinessQueries;
import org.cthb.readiness.readiness.ReadinessStatus;
import org.cthb.readiness.reference.ReferenceData;
import org.cthb.readiness.security.NationScope;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reminds the people of a readiness view who are not ready: everyone but READY, GRACE included, because
 * finishing at theatre in-processing is an allowance, not a certificate. The status filter narrows it like the
 * view's.
 */
@ApplicationScoped
public class ReadinessReminders {

    static final Set<ReadinessStatus> NOT_READY = EnumSet.complementOf(EnumSet.of(ReadinessStatus.READY));

    @Inject
    NationScope scope;
    @Inject
    ReferenceData referenceData;
    @Inject
    ReadinessQueries readiness;
    @Inject
    ReminderQueries queries;
    @Inject
    ReminderMails mails;
    @Inject
    ReminderDelivery delivery;
    @Inject
    ReminderClock clock;
    @Inject
    AuditLog audit;
    @Inject
    SecurityIdentity identity;

    public ReminderCounts remind(String iso3, String missionCode, String date, String status) {
        String nation = scope.require(iso3);
        ReferenceData.MissionView mission = referenceData.missions().stream()
                .filter(m -> m.code().equals(missionCode)).findFirst()
                .orElseThrow(() -> new NotFound("No mission " + missionCode));
        LocalDate day = parseDate(date);
        Set<ReadinessStatus> wanted = wanted(status);
        Map<String, Recipient> people = queries.deployed(nation, mission.code());
        ReminderCounts counts = ReminderCounts.none(nation, mission.code(), day);
        for (ReadinessQueries.Row row : readiness.contingent(nation, mission.code(), day)) {
            Recipient person = people.get(row.nationalId());
            if (wanted.contains(row.status()) && person != null) {
                counts = counts.add(remind(person, mission, day, row));
            }
        }
        audit.record("READINESS_REMINDED", "readiness", mission.code() + "@" + day, nation, counts.describe()
                + (status == null || status.isBlank() ? "" : " (status " + status + ")"));
        return counts;
    }

    private ReminderDelivery.Outcome remind(Recipient person, ReferenceData.MissionView mission, LocalDate day,
                                            ReadinessQueries.Row row) {
        ReminderLog.Entry entry = new ReminderLog.Entry(ReminderKind.NOT_READY, person, mission.code(), day,
                row.status().name(), null, clock.today(), clock.now(), identity.getPrincipal().getName());
        return delivery.deliver(entry, () -> mails.notReady(person, mission, row.startDate(), row.status()));
    }

    private LocalDate parseDate(String date) {
        try {
            return date == null || date.isBlank() ? clock.today() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("date", "date must be written YYYY-MM-DD, not '" + date + "'");
        }
    }

    private static Set<ReadinessStatus> wanted(String status) {
        if (status == null || status.isBlank()) {
            return NOT_READY;
        }
        ReadinessStatus only = NOT_READY.stream().filter(s -> s.name().equalsIgnoreCase(status)).findFirst()
                .orElseThrow(() -> new InvalidInput("status", "status must be one of " + List.copyOf(NOT_READY)
                        + ": people who are READY get no reminder"));
        return EnumSet.of(only);
    }
}
