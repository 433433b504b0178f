package org.cthb.readiness.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.TestMissions;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Scores go back to the platform's line item through the outbox: nothing is lost while the platform is down, and
 * they arrive once it is back. What a launched learner does counts for readiness like anything else.
 */
@QuarkusTest
class LtiGradesTest {

    static final String LTI = LtiLaunchTest.LTI;

    @Inject
    ModuleCatalogue catalogue;
    @Inject
    ScoreSender sender;

    @Test
    void scoresReachThePlatformAfterItRecoversAndReadinessCountsTheLaunchedLearner() {
        FakePlatform platform = new FakePlatform();
        platform.toolJwksUrl = "http://localhost:" + RestAssured.port + "/lti/jwks";
        Map<String, Object> registration = new HashMap<>(platform.registration("FRA"));
        registration.put("emailsVerified", true);
        long platformId = ((Number) given().auth().preemptive().basic(TestAccounts.admin(), TestAccounts.PASSWORD)
                .contentType("application/json").body(registration).post("/api/lti/platforms").then().statusCode(201)
                .extract().path("id")).longValue();

        // A contingent of two: one will learn through the platform, one not at all.
        String mission = TestMissions.create("LTI");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String email = "lti-" + tag + "@fra.example";
        String officer = TestAccounts.create(Role.NATION_OFFICER, "FRA");
        LocalDate start = LocalDate.now().plusDays(60);
        given().auth().preemptive().basic(officer, TestAccounts.PASSWORD).contentType("text/csv")
                .body("national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,start_date\n"
                        + "L" + tag + ",Lea,Dubois,military,,female,1991," + email + "," + mission + ",ALL_PERSONNEL," + start + "\n"
                        + "N" + tag + ",Noe,Martin,military,,male,1989,n" + tag + "@fra.example," + mission + ",ALL_PERSONNEL," + start + "\n")
                .post("/api/nations/FRA/roster?dryRun=false").then().statusCode(200);
        String readiness = "/api/nations/FRA/readiness?mission=" + mission + "&date=" + LocalDate.now();
        given().auth().preemptive().basic(officer, TestAccounts.PASSWORD).get(readiness).then().statusCode(200)
                .body("people.find { it.nationalId == 'L" + tag + "' }.status", equalTo("NOT_STARTED"));

        ModuleCatalogue.LinkableModule module = catalogue.modules().get(0);
        String sub = "lms-user-" + tag;
        String lineItem = platform.lineItem(tag);
        LtiLaunchTest.Login login = login(platform, sub);
        JWTClaimsSet claims = platform.claims(sub, login.nonce()).claim("email", email)
                .claim(LTI + "custom", Map.of("module", module.moduleId()))
                .claim(GradeLinks.AGS, Map.of("scope", List.of(GradeLinks.SCORE_SCOPE,
                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly"), "lineitem", lineItem))
                .build();
        Response launched = given().redirects().follow(false).cookies(login.cookies())
                .formParam("id_token", platform.sign(claims)).formParam("state", login.state()).post("/lti/launch");
        assertThat(launched.statusCode()).as(launched.asString()).isEqualTo(303);
        // The browser's cookies: the CSRF cookie from the login, the session from the launch.
        Map<String, String> browser = new HashMap<>(login.cookies());
        browser.putAll(launched.cookies());
        // The platform vouches for the e-mail, and the roster of the same nation lists it: that person.
        Account account = QuarkusTransaction.requiringNew().call(() -> Account.byEmail(email).orElseThrow());
        assertThat(account.personId).isNotNull();
        assertThat(account.role).isEqualTo(Role.LEARNER);

        // The platform is down while the learner takes the quiz: grading does not wait for it.
        platform.up.set(false);
        org.cthb.readiness.quiz.LessonsDone.forModule(email, module.version(), module.moduleId());
        long attempt = ((Number) given().cookies(browser).header("X-CSRF-TOKEN", browser.get("cthb-csrf"))
                .post("/api/learning/versions/" + module.version() + "/modules/" + module.moduleId() + "/attempts")
                .then().statusCode(200).extract().path("id")).longValue();
        int score = given().cookies(browser).header("X-CSRF-TOKEN", browser.get("cthb-csrf"))
                .post("/api/learning/attempts/" + attempt + "/submit").then().statusCode(200)
                .extract().path("score");
        assertThat(outbox(lineItem)).hasSize(1);
        sender.send(platformId);
        assertThat(platform.scores).isEmpty();
        ScoreOutboxEntry waiting = outbox(lineItem).get(0);
        assertThat(waiting.sentAt).isNull();
        assertThat(waiting.attempts).isEqualTo(1);
        assertThat(waiting.lastError).contains("503");

        // Back up: at the next due time, the score arrives, for the platform's user, with our client assertion.
        platform.up.set(true);
        QuarkusTransaction.requiringNew().run(() -> ScoreOutboxEntry.update("nextAttemptAt = ?1 where lineItem = ?2",
                Instant.now().minusSeconds(1), lineItem));
        sender.send(platformId);
        assertThat(platform.refusedAssertions).isEmpty();
        assertThat(platform.scores).hasSize(1);
        assertThat(platform.scores.get(0)).contains("\"userId\":\"" + sub + "\"")
                .contains("\"scoreGiven\":" + score).contains("\"scoreMaximum\":100")
                .contains("\"gradingProgress\":\"FullyGraded\"");
        assertThat(outbox(lineItem).get(0).sentAt).isNotNull();
        sender.send(platformId);
        assertThat(platform.scores).hasSize(1);

        // Readiness: the launched learner has started, exactly as one who signed in with a password.
        given().auth().preemptive().basic(officer, TestAccounts.PASSWORD).get(readiness).then().statusCode(200)
                .body("people.find { it.nationalId == 'L" + tag + "' }.status", equalTo("IN_PROGRESS"))
                .body("people.find { it.nationalId == 'N" + tag + "' }.status", equalTo("NOT_STARTED"));
    }

    static List<ScoreOutboxEntry> outbox(String lineItem) {
        return QuarkusTransaction.requiringNew().call(() -> ScoreOutboxEntry.<ScoreOutboxEntry>list("lineItem",
                lineItem));
    }

    static LtiLaunchTest.Login login(FakePlatform platform, String sub) {
        Response r = given().redirects().follow(false).queryParam("iss", platform.issuer)
                .queryParam("login_hint", sub).queryParam("client_id", platform.clientId).get("/lti/login");
        assertThat(r.statusCode()).isEqualTo(302);
        Map<String, String> q = FakePlatform.query(URI.create(r.header("Location")).getRawQuery());
        return new LtiLaunchTest.Login(q.get("state"), q.get("nonce"), r.cookies(), q);
    }
}
