package org.cthb.readiness.reminder;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.audit.AuditEvent;
import org.cthb.readiness.certificate.Learners;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.reminder.Contingents.as;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ReadinessRemindersTest {

    /** Links in mails lead to the address the service serves on (no cthb.public-url on the embedded database). */
    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL served;

    private String site() {
        return served.toString().replaceAll("/+$", "");
    }

    static final LocalDate TODAY = LocalDate.now();

    @Inject
    MockMailbox mailbox;

    /** Who is in the contingent: one of each status, one without an e-mail address. */
    record People(String mission, String notStarted, String noEmail, String inProgress, String grace, String ready) {
    }

    /**
     * A NOR contingent of its own mission; the learner in progress reads French, the others have no account.
     * Certifying takes a while, so only the test that needs a READY person (E) gets one.
     */
    private static People contingent(String officer, boolean withCertified) {
        String mission = Contingents.newMission();
        String t = Contingents.tag();
        String inProgress = TestAccounts.create(Role.LEARNER, "NOR");
        String ready = withCertified ? Learners.learner("NOR") : null;
        LocalDate later = TODAY.plusDays(60);
        Contingents.importRoster(officer, "NOR", row("A" + t, "Anna,Berg", "a" + t + "@nor.example", mission, later)
                + row("B" + t, "Bo,Dahl", "b" + t + "@nor.example", mission, later)
                + row("C" + t, "Camille,Lund", inProgress, mission, later)
                + row("D" + t, "Dag,Moe", "d" + t + "@nor.example", mission, TODAY.plusDays(3))
                + (withCertified ? row("E" + t, "Eva,Holm", ready, mission, later) : ""));
        Contingents.forgetEmail("NOR", "B" + t);
        Contingents.speaks(inProgress, "fr");
        int version = Learners.as(inProgress).get("/api/learning/dashboard").then().extract().path("version");
        Learners.as(inProgress).body(Map.of())
                .post("/api/learning/versions/" + version + "/modules/why-it-matters/lessons/01-a-grave-abuse/done")
                .then().statusCode(200);
        if (withCertified) {
            Learners.passAllBut(ready, 0);
        }
        return new People(mission, "a" + t + "@nor.example", "B" + t, inProgress, "d" + t + "@nor.example", ready);
    }

    /** The API takes no body; like every JSON POST it is sent as JSON, which keeps it outside CSRF checks. */
    private static io.restassured.specification.RequestSpecification api(String email) {
        return as(email).contentType("application/json");
    }

    private static String row(String id, String names, String email, String mission, LocalDate start) {
        return id + "," + names + ",military,,female,1990," + email + "," + mission + ",ALL_PERSONNEL," + start + "\n";
    }

    private static String reminders(People people) {
        return "/api/nations/NOR/readiness/reminders?mission=" + people.mission() + "&date=" + TODAY;
    }

    @Test
    void remindsEveryoneNotReadyOnceADayAndCountsWhoWasSkipped() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "NOR");
        People people = contingent(officer, true);
        Contingents.today(TODAY);

        api(officer).post(reminders(people)).then().statusCode(200)
                .body("sent", equalTo(3)).body("alreadyRemindedToday", equalTo(0))
                .body("noEmail", equalTo(1)).body("failed", equalTo(0)).body("nation", equalTo("NOR"));
        assertThat(reminders(people.ready())).isEmpty();
        assertThat(reminders(people.notStarted())).hasSize(1);
        assertThat(reminders(people.inProgress())).hasSize(1);
        assertThat(reminders(people.grace())).hasSize(1);

        api(officer).post(reminders(people)).then().statusCode(200)
                .body("sent", equalTo(0)).body("alreadyRemindedToday", equalTo(3)).body("noEmail", equalTo(1));
        assertThat(reminders(people.notStarted())).hasSize(1);

        Contingents.today(TODAY.plusDays(1));
        api(officer).post(reminders(people) + "&status=grace").then().statusCode(200)
                .body("sent", equalTo(1)).body("alreadyRemindedToday", equalTo(0)).body("noEmail", equalTo(0));
        assertThat(reminders(people.grace())).hasSize(2);
        assertThat(reminders(people.notStarted())).hasSize(1);

        assertThat(logged(people.mission())).containsExactlyInAnyOrder(
                List.of(people.notStarted(), "NOT_STARTED", TODAY.toString(), officer),
                List.of(people.inProgress(), "IN_PROGRESS", TODAY.toString(), officer),
                List.of(people.grace(), "GRACE", TODAY.toString(), officer),
                List.of(people.grace(), "GRACE", TODAY.plusDays(1).toString(), officer));
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = ?1 and subjectId = ?2 and actor = ?3 and nationIso3 = 'NOR'",
                "READINESS_REMINDED", people.mission() + "@" + TODAY, officer));
        assertThat(audited).isEqualTo(3);
    }

    @Test
    void mailsAreRespectfulInThePersonsLanguageOrBothWithCourseAndSupportLinks() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "NOR");
        People people = contingent(officer, false);
        Contingents.today(TODAY);
        api(officer).post(reminders(people)).then().statusCode(200);

        Mail both = reminders(people.notStarted()).get(0);
        assertThat(both.getSubject())
                .isEqualTo("Your CTHB pre-deployment training / Votre formation CTHB avant le déploiement");
        assertThat(both.getText()).contains("Hello Anna Berg,", "Bonjour Anna Berg,",
                "Test mission " + people.mission(),
                "Mission d'essai " + people.mission(), "Our records do not show a completed training",
                site() + "/learn", site() + "/support", "pause")
                .doesNotContain("days left", "jours restants", "failed", "urgent");
        assertThat(both.getHtml()).contains("<div lang=\"en\">", "<div lang=\"fr\">",
                "<a href=\"" + site() + "/learn\">", "<a href=\"" + site() + "/support\">");

        Mail french = reminders(people.inProgress()).get(0);
        assertThat(french.getSubject()).isEqualTo("Votre formation CTHB avant le déploiement");
        assertThat(french.getText()).contains("Bonjour Camille Lund,", "Merci d'avoir commencé la formation")
                .doesNotContain("Hello");
        assertThat(french.getHtml()).contains("<html lang=\"fr\">").doesNotContain("lang=\"en\"");
    }

    @Test
    void anotherNationsOfficerGets404AndNothingIsSent() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "NOR");
        People people = contingent(officer, false);
        Contingents.today(TODAY);

        api(TestAccounts.create(Role.NATION_OFFICER, "SWE")).post(reminders(people)).then().statusCode(404);
        api(TestAccounts.create(Role.LEARNER, null)).post(reminders(people)).then().statusCode(403);
        api(TestAccounts.create(Role.HQ_STAFF, null)).post(reminders(people)).then().statusCode(403);
        io.restassured.RestAssured.given().contentType("application/json").post(reminders(people)).then()
                .statusCode(401);
        assertThat(reminders(people.notStarted())).isEmpty();
        assertThat(logged(people.mission())).isEmpty();

        api(TestAccounts.admin()).post(reminders(people)).then().statusCode(200).body("sent", equalTo(3));
        assertThat(reminders(people.notStarted())).hasSize(1);
    }

    @Test
    void badInputIsNamed() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "NOR");
        api(officer).post("/api/nations/NOR/readiness/reminders?mission=KFOR&status=READY").then().statusCode(400)
                .body("field", equalTo("status"));
        api(officer).post("/api/nations/NOR/readiness/reminders?mission=KFOR&date=31.12.2027").then().statusCode(400)
                .body("field", equalTo("date"));
        api(officer).post("/api/nations/NOR/readiness/reminders?mission=NOPE").then().statusCode(404);
    }

    /** Recipient, status, day and sender of each reminder logged for the mission. */
    @SuppressWarnings("unchecked")
    static List<List<String>> logged(String mission) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) AuditEvent.getEntityManager()
                .createNativeQuery("select recipient_email, readiness_status, sent_on, sent_by from reminder_log"
                        + " where mission_code = ?1 and kind = 'NOT_READY'")
                .setParameter(1, mission).getResultList()).stream()
                .map(r -> java.util.Arrays.stream(r).map(String::valueOf).toList())
                .toList());
    }

    /** The reminders sent to an address; the mail that delivers a new certificate is not one of them. */
    private java.util.List<io.quarkus.mailer.Mail> reminders(String to) {
        return mailbox.getMailsSentTo(to).stream()
                .filter(mail -> !org.cthb.readiness.certificate.CertificateIssued.isIssuanceMail(mail.getSubject()))
                .toList();
    }
}
