package org.cthb.readiness.reminder;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.reminder.Contingents.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ReminderPageTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    MockMailbox mailbox;

    @Test
    void theReadinessPageButtonSendsThenShowsWhatWasDoneInTheOfficersLanguage() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "DNK");
        String mission = Contingents.newMission();
        String t = Contingents.tag();
        String person = "p" + t + "@dnk.example";
        Contingents.importRoster(officer, "DNK", "P" + t + ",Freja,Nielsen,military,,female,1991," + person + ","
                + mission + ",ALL_PERSONNEL," + LocalDate.now().plusDays(50) + "\n");
        Contingents.today(LocalDate.now());
        String view = "/nations/DNK/readiness?mission=" + mission + "&date=" + LocalDate.now();

        Response page = as(officer).cookie("cthb-lang", "fr").get(view);
        page.then().statusCode(200).body(containsString("Envoyer un rappel par courriel"))
                .body(containsString("action=\"/nations/DNK/readiness/reminders\""));
        Matcher token = TOKEN.matcher(page.asString());
        assertThat(token.find()).isTrue();

        String location = as(officer).cookies(page.cookies()).redirects().follow(false)
                .formParam("csrf-token", token.group(1)).formParam("mission", mission)
                .formParam("date", LocalDate.now().toString()).formParam("status", "")
                .post("/nations/DNK/readiness/reminders").then().statusCode(303).extract().header("Location");
        assertThat(location).contains("/nations/DNK/readiness?mission=" + mission, "reminded=1", "noEmail=0");
        assertThat(mailbox.getMailsSentTo(person)).hasSize(1);

        as(officer).cookie("cthb-lang", "fr").get(location).then().statusCode(200)
                .body(containsString("Rappels envoyés : 1. Déjà rappelées aujourd&#39;hui : 0."));
        as(officer).get(location).then().statusCode(200)
                .body(containsString("Reminders sent: 1. Already reminded today: 0. Without an e-mail address: 0."));
        as(officer).get(view + "&status=READY").then().statusCode(200)
                .body(not(containsString("action=\"/nations/DNK/readiness/reminders\"")));
    }

    @Test
    void aFormWithoutCsrfTokenOrForAnotherNationSendsNothing() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "DNK");
        String mission = Contingents.newMission();
        String t = Contingents.tag();
        String person = "q" + t + "@dnk.example";
        Contingents.importRoster(officer, "DNK", "Q" + t + ",Ida,Larsen,civilian,,female,1988," + person + ","
                + mission + ",ALL_PERSONNEL," + LocalDate.now().plusDays(50) + "\n");
        org.cthb.readiness.Sessions.as(org.cthb.readiness.Sessions.signIn(officer)).formParam("mission", mission)
                .post("/nations/DNK/readiness/reminders").then().statusCode(403);
        String stranger = TestAccounts.create(Role.NATION_OFFICER, "ISL");
        Response page = as(stranger).get("/nations/ISL/readiness?mission=" + mission);
        Matcher token = TOKEN.matcher(page.asString());
        assertThat(token.find()).isTrue();
        as(stranger).cookies(page.cookies()).redirects().follow(false)
                .formParam("csrf-token", token.group(1)).formParam("mission", mission)
                .post("/nations/DNK/readiness/reminders").then().statusCode(404);
        assertThat(mailbox.getMailsSentTo(person)).isEmpty();
    }
}
