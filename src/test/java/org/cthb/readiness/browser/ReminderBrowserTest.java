package org.cthb.readiness.browser;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.reference.Mission;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** An officer reminds the people not ready from the readiness page, without JavaScript, on accessible pages. */
@QuarkusTest
class ReminderBrowserTest extends BrowserTest {

    @Inject
    MockMailbox mailbox;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theReminderButtonSendsAndConfirmsOnAnAccessiblePage(String lang) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String mission = "REM-" + tag.toUpperCase();
        QuarkusTransaction.requiringNew().run(() -> {
            Mission m = new Mission();
            m.code = mission;
            m.nameEn = "Test mission";
            m.nameFr = "Mission d'essai";
            m.hostAreaEn = "Test area";
            m.hostAreaFr = "Zone d'essai";
            m.persist();
        });
        String officer = TestAccounts.create(Role.NATION_OFFICER, "BEL");
        String person = "r" + tag + "@bel.example";
        given().auth().preemptive().basic(officer, TestAccounts.PASSWORD).contentType("text/csv")
                .body("national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,"
                        + "start_date\nR" + tag + ",Lotte,Peeters,military,,female,1989," + person + "," + mission
                        + ",ALL_PERSONNEL," + LocalDate.now().plusDays(45) + "\n")
                .post("/api/nations/BEL/roster?dryRun=false").then().statusCode(200);

        browser.language(lang);
        browser.signIn(officer, TestAccounts.PASSWORD);
        browser.open("/nations/BEL/readiness?mission=" + mission);
        assertThat(Axe.violations(browser.driver())).isEmpty();
        browser.follow("main form.reminders button[type=submit]");

        assertThat(browser.path()).startsWith("/nations/BEL/readiness");
        assertThat(browser.text("main p[role=status]"))
                .contains("fr".equals(lang) ? "Rappels envoyés : 1" : "Reminders sent: 1");
        assertThat(Axe.violations(browser.driver())).isEmpty();
        assertThat(mailbox.getMailsSentTo(person)).hasSize(1);
    }
}
