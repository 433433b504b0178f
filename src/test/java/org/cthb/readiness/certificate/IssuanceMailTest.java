package org.cthb.readiness.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cthb.readiness.account.Account;
import org.junit.jupiter.api.Test;

/** Acceptance 5: the certificate is mailed to the learner when issued, in their language. */
@QuarkusTest
class IssuanceMailTest {

    @Inject
    MockMailbox mailbox;

    @Test
    void aFrenchLearnerGetsTheirCertificateInFrenchByMail() throws Exception {
        String email = Learners.learner("FRA");
        QuarkusTransaction.requiringNew().run(() -> Account.byEmail(email).orElseThrow().language = "fr");

        Learners.passAllBut(email, 0);

        Mail mail = awaitMail(email);
        assertThat(mail.getSubject()).isEqualTo("Votre certificat de formation CTHB");
        assertThat(mail.getText()).contains("Bonjour").doesNotContain("Hello");
        assertThat(mail.getAttachments()).hasSize(1);
        String number = Learners.as(email).get("/api/certificates/mine").then().extract().path("[0].number");
        assertThat(mail.getAttachments().get(0).getName()).isEqualTo("certificate-" + number + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(bytes(mail.getAttachments().get(0)))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(number).contains("Certificat");
        }
    }

    @Test
    void anEnglishLearnerGetsItInEnglishOnly() {
        String email = Learners.learner(null);
        QuarkusTransaction.requiringNew().run(() -> Account.byEmail(email).orElseThrow().language = "en");

        Learners.passAllBut(email, 0);

        Mail mail = awaitMail(email);
        assertThat(mail.getSubject()).isEqualTo("Your CTHB training certificate");
        assertThat(mail.getText()).contains("Hello").doesNotContain("Bonjour");
        assertThat(mail.getAttachments()).hasSize(1);
    }

    private static byte[] bytes(io.quarkus.mailer.Attachment attachment) {
        List<Byte> data = io.smallrye.mutiny.Multi.createFrom().publisher(attachment.getData()).collect().asList()
                .await().indefinitely();
        byte[] bytes = new byte[data.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = data.get(i);
        }
        return bytes;
    }

    /** The mail leaves after the grading commits, on another thread: wait for it, for at most a minute. */
    private Mail awaitMail(String email) {
        for (int i = 0; i < 600; i++) {
            List<Mail> mails = mailbox.getMailsSentTo(email);
            if (!mails.isEmpty()) {
                assertThat(mails).hasSize(1);
                return mails.get(0);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no certificate mail to " + email + " within a minute");
    }
}
