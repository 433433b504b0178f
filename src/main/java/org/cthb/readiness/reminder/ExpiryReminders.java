package org.cthb.readiness.reminder;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.certificate.CertificateNumber;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.LocalDate;

/**
 * Once a day, reminds the holders of certificates that expire within the configured number of days, once per
 * certificate. Every instance may run it: the reminder log's once-a-day key lets only one of them send each mail,
 * and a day the job missed is caught up the next day because the window, not the exact day, is searched.
 */
@ApplicationScoped
public class ExpiryReminders {

    static final String SCHEDULER = "scheduler";
    private static final Logger LOG = Logger.getLogger(ExpiryReminders.class);

    @ConfigProperty(name = "cthb.reminders.expiry.days-before", defaultValue = "30")
    int daysBefore;
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

    @Scheduled(identity = "certificate-expiry-reminders", cron = "{cthb.reminders.expiry.cron}",
            timeZone = "UTC", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        ReminderCounts counts = run();
        LOG.infof("Certificate expiry reminders: %s", counts.describe());
    }

    /** One round: every certificate due a reminder today, not revoked, not renewed, not reminded about yet. */
    public ReminderCounts run() {
        LocalDate today = clock.today();
        ReminderCounts counts = ReminderCounts.none(null, null, today);
        for (ReminderQueries.Expiring certificate : queries.expiring(today, today.plusDays(daysBefore))) {
            counts = counts.add(remind(certificate, today));
        }
        return counts;
    }

    private ReminderDelivery.Outcome remind(ReminderQueries.Expiring certificate, LocalDate today) {
        String number = new CertificateNumber(certificate.number()).display();
        ReminderLog.Entry entry = new ReminderLog.Entry(ReminderKind.CERTIFICATE_EXPIRY, certificate.holder(), null,
                null, null, certificate.certificateId(), today, clock.now(), SCHEDULER);
        ReminderDelivery.Outcome outcome = delivery.deliver(entry,
                () -> mails.expiry(certificate.holder(), number, certificate.expiresOn()));
        if (outcome == ReminderDelivery.Outcome.SENT) {
            audit.recordAs(SCHEDULER, "CERTIFICATE_EXPIRY_REMINDED", "certificate", number,
                    certificate.holder().nation(), "valid until " + certificate.expiresOn());
        }
        return outcome;
    }
}
