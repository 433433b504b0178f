package org.cthb.readiness.certificate;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.cthb.readiness.web.PublicAddress;
import org.cthb.readiness.account.Account;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Mails the learner their certificate, as a PDF in their language, once the certificate is committed: through the
 * same Quarkus mailer the reminders use. It runs apart from the grading request, and a mail that cannot be sent is
 * logged, never a failed grading: the certificate is on the learner's page either way.
 */
@ApplicationScoped
class IssuanceMail {

    private static final Logger LOG = Logger.getLogger(IssuanceMail.class);

    /**
     * What the mail says, in English, French or both (when the account has no language), or alone in a further
     * configured language ({@code other}: the account's).
     */
    record Letter(String name, boolean english, boolean french, String other, String number, LocalDate expiresOn,
                  String certificatesUrl) {
        public boolean bothLanguages() {
            return english && french;
        }

        public String inOther(LocalDate date) {
            return org.cthb.readiness.web.MailTexts.date(date, other);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native MailTemplateInstance issued(Letter letter);
    }

    @Inject
    PublicAddress publicAddress;
    @ConfigProperty(name = "cthb.certificate.mail-on-issue", defaultValue = "true")
    boolean enabled;
    @Inject
    CertificateService certificates;
    @Inject
    ManagedExecutor executor;
    @Inject
    org.cthb.readiness.web.MailTexts texts;

    void onIssued(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateIssued issued) {
        if (enabled) {
            executor.execute(() -> send(issued.certificateId()));
        }
    }

    void send(long certificateId) {
        try {
            Prepared prepared = QuarkusTransaction.requiringNew().call(() -> prepare(certificateId));
            if (prepared != null) {
                prepared.mail().to(prepared.email()).sendAndAwait();
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "the mail of certificate %d could not be sent", certificateId);
        }
    }

    private record Prepared(String email, MailTemplateInstance mail) {
    }

    private Prepared prepare(long certificateId) {
        Certificate certificate = Certificate.findById(certificateId);
        Account account = certificate == null ? null : Account.findById(certificate.accountId);
        if (account == null || account.email == null || account.email.isBlank()) {
            return null;
        }
        String other = org.cthb.readiness.web.MailTexts.further(account.language);
        boolean known = other != null || "en".equals(account.language) || "fr".equals(account.language);
        boolean english = !known || "en".equals(account.language);
        boolean french = !known || "fr".equals(account.language);
        String number = certificate.certificateNumber().display();
        Letter letter = new Letter(certificate.holderName, english, french, other, number, certificate.expiresOn,
                publicAddress.base() + "/certificates");
        MailTemplateInstance mail = Templates.issued(letter);
        if (other != null) {
            mail.setAttribute(io.quarkus.qute.TemplateInstance.LOCALE, java.util.Locale.forLanguageTag(other))
                    .subject(texts.in(other).issued_subject());
        } else {
            mail.subject(subject(english, french));
        }
        List<String> languages = new ArrayList<>();
        if (other != null) {
            languages.add(other);
        }
        if (english) {
            languages.add("en");
        }
        if (french) {
            languages.add("fr");
        }
        for (String language : languages) {
            mail.addAttachment("certificate-" + number + (languages.size() > 1 ? "-" + language : "") + ".pdf",
                    certificates.pdfOf(certificate, language), "application/pdf");
        }
        return new Prepared(account.email.trim(), mail);
    }

    static String subject(boolean english, boolean french) {
        String en = "Your CTHB training certificate";
        String fr = "Votre certificat de formation CTHB";
        return english && french ? en + " / " + fr : english ? en : fr;
    }
}
