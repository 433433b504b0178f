package org.cthb.readiness.reminder;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cthb.readiness.TestMissions;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.certificate.Learners;
import org.cthb.readiness.crawl.PseudoLanguage;
import org.cthb.readiness.readiness.ReadinessStatus;
import org.cthb.readiness.reference.ReferenceData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mails to an account in a further configured language speak it alone, from its {@code mailtext_xx} file: the
 * reminders (with the mission's name from the language's names file) and the certificate mail with its PDF.
 */
@QuarkusTest
@TestProfile(PseudoLanguage.Profile.class)
class ThirdLanguageMailTest {

    private static final String XX = PseudoLanguage.CODE;

    @Inject
    MockMailbox mailbox;
    @Inject
    ReminderMails mails;
    @Inject
    ReferenceData referenceData;

    @AfterAll
    static void removeThePseudoLanguageFiles() {
        PseudoLanguage.removeMessageFiles();
    }

    @Test
    void remindersAreInTheLanguageAloneWithTheMissionsNameInIt() {
        String code = TestMissions.create("MAIL");
        ReferenceData.MissionView mission = referenceData.missions().stream().filter(m -> m.code().equals(code))
                .findFirst().orElseThrow();
        PseudoLanguage.writeNames(Map.of("mission." + code, mission.nameEn()));
        String email = "xx-" + UUID.randomUUID() + "@example.org";
        Recipient recipient = new Recipient(null, null, "Ana", email, XX, "EST");

        mails.notReady(recipient, mission, LocalDate.of(2030, 3, 4), ReadinessStatus.IN_PROGRESS).to(email)
                .sendAndAwait();
        mails.expiry(recipient, "7KQ-4XM-9ZT-B2C", LocalDate.of(2030, 3, 4)).to(email).sendAndAwait();

        List<Mail> sent = mailbox.getMailsSentTo(email);
        assertThat(sent).hasSize(2);
        Mail ready = sent.get(0);
        assertThat(ready.getSubject()).isEqualTo(PseudoLanguage.of("Your CTHB pre-deployment training"));
        assertThat(ready.getText()).contains(PseudoLanguage.of("Hello") + " Ana,")
                .contains(PseudoLanguage.of(mission.nameEn()) + " (" + code + ")").contains("2030-03-04")
                .contains(PseudoLanguage.of("Thank you for starting the training."))
                .doesNotContain("Hello").doesNotContain("Bonjour").doesNotContain(mission.nameEn());
        var html = Jsoup.parse(ready.getHtml());
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo(XX);
        assertThat(html.select("div[lang]").eachAttr("lang")).containsExactly(XX);
        assertThat(html.text()).contains(PseudoLanguage.of("Your nation's training office, through CTHB Readiness"))
                .doesNotContain("Hello");
        Mail expiry = sent.get(1);
        assertThat(expiry.getSubject()).isEqualTo(PseudoLanguage.of("Renewing your CTHB training certificate"));
        assertThat(expiry.getText()).contains("7KQ-4XM-9ZT-B2C").doesNotContain("Hello").doesNotContain("Bonjour");
    }

    @Test
    void theCertificateMailAndItsPdfAreInTheLanguage() throws Exception {
        String email = Learners.learner("EST");
        QuarkusTransaction.requiringNew().run(() -> Account.byEmail(email).orElseThrow().language = XX);

        Learners.passAllBut(email, 0);

        Mail mail = awaitMail(email);
        assertThat(mail.getSubject()).isEqualTo(PseudoLanguage.of("Your CTHB training certificate"));
        assertThat(mail.getText()).contains(PseudoLanguage.of("Hello")).doesNotContain("Hello")
                .doesNotContain("Bonjour");
        assertThat(mail.getAttachments()).hasSize(1);
        byte[] pdf = io.smallrye.mutiny.Multi.createFrom().publisher(mail.getAttachments().get(0).getData())
                .collect().asList().await().indefinitely().stream().collect(java.io.ByteArrayOutputStream::new,
                        java.io.ByteArrayOutputStream::write, (a, b) -> a.writeBytes(b.toByteArray())).toByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(PseudoLanguage.of("Certificate of Training"));
        }
    }

    /** The certificate mail leaves after the grading commits, on another thread. */
    private Mail awaitMail(String email) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            List<Mail> sent = mailbox.getMailsSentTo(email);
            if (!sent.isEmpty()) {
                return sent.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no certificate mail to " + email + " within a minute");
    }
}
