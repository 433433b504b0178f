package org.cthb.readiness.reminder;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.audit.AuditEvent;
import org.cthb.readiness.certificate.Certificate;
import org.cthb.readiness.certificate.CertificateNumber;
import org.cthb.readiness.certificate.Learners;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The daily expiry job, called directly on chosen days rather than waiting for the scheduler. */
@QuarkusTest
class ExpiryRemindersTest {

    /** Links in mails lead to the address the service serves on (no cthb.public-url on the embedded database). */
    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL served;

    private String site() {
        return served.toString().replaceAll("/+$", "");
    }

    @Inject
    MockMailbox mailbox;
    @Inject
    ExpiryReminders job;

    @Test
    void holdersOfExpiringCertificatesAreRemindedOnceButNotWhenRevokedOrRenewed() {
        Learners.Certified expiring = Learners.certified("FIN");
        Learners.Certified revoked = Learners.certified("FIN");
        Learners.Certified renewed = Learners.certified("FIN");
        given().auth().preemptive().basic(TestAccounts.admin(), TestAccounts.PASSWORD).contentType("application/json")
                .body(Map.of("reason", "Issued in error")).post("/api/certificates/" + revoked.number() + "/revoke")
                .then().statusCode(200);
        renew(renewed.number());
        LocalDate expiresOn = expiryOf(expiring.number());

        Contingents.today(expiresOn.minusDays(31));
        job.run();
        assertThat(reminders(expiring.email())).isEmpty();

        Contingents.today(expiresOn.minusDays(10));
        assertThat(job.run().sent()).isPositive();
        assertThat(reminders(expiring.email())).hasSize(1);
        assertThat(reminders(revoked.email())).isEmpty();
        assertThat(reminders(renewed.email())).isEmpty();
        Mail mail = reminders(expiring.email()).get(0);
        assertThat(mail.getSubject()).isEqualTo("Renewing your CTHB training certificate");
        assertThat(mail.getText()).contains("Thank you for completing", expiring.number(),
                "valid until " + expiresOn.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)),
                site() + "/learn", "support").doesNotContain("Bonjour", "days left");
        assertThat(mail.getHtml()).contains("<div lang=\"en\">").doesNotContain("lang=\"fr\"");

        job.run();
        Contingents.today(expiresOn.minusDays(9));
        job.run();
        assertThat(reminders(expiring.email())).hasSize(1);
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'CERTIFICATE_EXPIRY_REMINDED' and actor = 'scheduler' and subjectId = ?1",
                expiring.number()));
        assertThat(audited).isEqualTo(1);
    }

    private static LocalDate expiryOf(String number) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Certificate.byNumber(compact(number)).orElseThrow().expiresOn);
    }

    private static CertificateNumber compact(String number) {
        return CertificateNumber.parse(number).number();
    }

    /** A later certificate for the same holder, as a new course version would issue. */
    private static void renew(String number) {
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Certificate.getEntityManager();
            int index = ((Number) em.createNativeQuery("select next_value from certificate_counter"
                    + " where name = 'status_list_index' for update").getSingleResult()).intValue();
            em.createNativeQuery("update certificate_counter set next_value = next_value + 1"
                    + " where name = 'status_list_index'").executeUpdate();
            em.createNativeQuery("""
                    insert into certificate (number, account_id, person_id, course_version_id, holder_name, nation_iso3,
                      subject_pseudonym, standard_name, standard_version, issued_at, issued_on, expires_on,
                      status_list_index)
                    select ?1, account_id, person_id, course_version_id, holder_name, nation_iso3, subject_pseudonym,
                      standard_name, standard_version, issued_at, issued_on, date_add(expires_on, interval 1 year), ?2
                    from certificate where number = ?3""")
                    .setParameter(1, CertificateNumber.random().compact()).setParameter(2, index)
                    .setParameter(3, compact(number).compact()).executeUpdate();
        });
    }

    /** The reminders sent to an address; the mail that delivers a new certificate is not one of them. */
    private java.util.List<io.quarkus.mailer.Mail> reminders(String to) {
        return mailbox.getMailsSentTo(to).stream()
                .filter(mail -> !org.cthb.readiness.certificate.CertificateIssued.isIssuanceMail(mail.getSubject()))
                .toList();
    }
}
