package org.cthb.readiness.reminder;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.function.Supplier;

/** Sends one reminder: claim it in the log first, send only when the claim succeeded, give it back on failure. */
@ApplicationScoped
public class ReminderDelivery {

    /** What became of one reminder. */
    public enum Outcome { SENT, ALREADY_REMINDED, NO_EMAIL, FAILED }

    private static final Logger LOG = Logger.getLogger(ReminderDelivery.class);

    @Inject
    ReminderLog log;

    Outcome deliver(ReminderLog.Entry entry, Supplier<MailTemplateInstance> mail) {
        if (!entry.recipient().hasEmail()) {
            return Outcome.NO_EMAIL;
        }
        if (!log.claim(entry)) {
            return Outcome.ALREADY_REMINDED;
        }
        try {
            mail.get().to(entry.recipient().email().trim()).sendAndAwait();
            return Outcome.SENT;
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s reminder to person %s could not be sent", entry.kind(), entry.recipient().personId());
            log.release(entry);
            return Outcome.FAILED;
        }
    }
}
