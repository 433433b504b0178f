package org.cthb.readiness.reminder;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.qute.CheckedTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.readiness.ReadinessStatus;
import org.cthb.readiness.reference.ReferenceData;
import org.cthb.readiness.web.SupportLinks;
import org.cthb.readiness.web.PublicAddress;

import java.time.LocalDate;

/**
 * The reminder mails, plain text and HTML, in English, French or both, or alone in a further configured language
 * (its texts from {@link org.cthb.readiness.web.MailMsg}). The English and French wording is reviewed as a whole in the
 * templates (respectful, no countdown, no blame), which is why it lives there rather than in the message bundle.
 */
@ApplicationScoped
public class ReminderMails {

    @CheckedTemplate
    static class Templates {
        static native MailTemplateInstance notReady(Letter letter, ReferenceData.MissionView mission,
                                                    LocalDate startDate, boolean started, boolean renewal);

        static native MailTemplateInstance expiry(Letter letter, String certificateNumber, LocalDate expiresOn);
    }

    @Inject
    PublicAddress publicAddress;
    @Inject
    SupportLinks supportLinks;
    @Inject
    org.cthb.readiness.web.MailTexts texts;

    MailTemplateInstance notReady(Recipient recipient, ReferenceData.MissionView mission, LocalDate startDate,
                                  ReadinessStatus status) {
        Letter letter = letter(recipient);
        return inLanguage(letter, Templates.notReady(letter, mission, startDate,
                        status == ReadinessStatus.IN_PROGRESS, status == ReadinessStatus.EXPIRES))
                .subject(letter.subject("Your CTHB pre-deployment training",
                        "Votre formation CTHB avant le déploiement",
                        letter.other() == null ? null : texts.in(letter.other()).ready_subject()));
    }

    MailTemplateInstance expiry(Recipient recipient, String certificateNumber, LocalDate expiresOn) {
        Letter letter = letter(recipient);
        return inLanguage(letter, Templates.expiry(letter, certificateNumber, expiresOn))
                .subject(letter.subject("Renewing your CTHB training certificate",
                        "Renouveler votre certificat de formation CTHB",
                        letter.other() == null ? null : texts.in(letter.other()).expiry_subject()));
    }

    /** A mail in a further language reads its texts ({@code mailtext:}) in that language. */
    private static MailTemplateInstance inLanguage(Letter letter, MailTemplateInstance mail) {
        return letter.other() == null ? mail
                : mail.setAttribute(io.quarkus.qute.TemplateInstance.LOCALE,
                        java.util.Locale.forLanguageTag(letter.other()));
    }

    private Letter letter(Recipient recipient) {
        return Letter.to(recipient, absolute("/learn"), absolute(supportLinks.forNation(recipient.nation())));
    }

    /** Links in a mail must be absolute; a nation's own support site already is. */
    private String absolute(String url) {
        if (url.startsWith("/")) {
            return publicAddress.base() + url;
        }
        return url;
    }
}
