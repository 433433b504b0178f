package org.cthb.readiness.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.quiz.LessonsDone;
import org.cthb.readiness.xapi.ScriptedLrsProfile;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The score outbox against a platform whose score service hangs (#22.4 "never slows the learner", as #20.1 for the
 * xAPI outbox): no transaction stays open and no learner's grading waits on a lock while the platform holds the
 * sender's call; another platform keeps receiving; nothing is lost and the score arrives once when it answers again.
 * The profile (shared with the xAPI tests) sends every second with a read timeout of a few seconds.
 */
@QuarkusTest
@TestProfile(ScriptedLrsProfile.class)
class LtiScoreOutboxTest {

    @Inject
    ModuleCatalogue catalogue;
    @Inject
    AgroalDataSource dataSource;

    /** A learner launched from a platform with a line item for the module, and their browser's cookies. */
    record Launched(String sub, String lineItem, long accountId, Map<String, String> browser) {
    }

    @Test
    void aHungPlatformHoldsUpNeitherLearnersNorAnotherPlatform() throws Exception {
        ModuleCatalogue.LinkableModule module = catalogue.modules().get(0);
        FakePlatform hung = register();
        FakePlatform other = register();
        Launched first = launch(hung, module);
        Launched second = launch(other, module);

        hung.hangScores.set(true);
        submitAnAttempt(first, module);
        await(() -> hung.hangingNow.get() > 0, "the sender to call the hung score service");

        // While the platform holds the sender's call: no transaction stays open...
        for (int i = 0; i < 25 && hung.hangingNow.get() > 0; i++) {
            assertThat(longestOpenTransactionSeconds()).as("a transaction held open while the platform hangs")
                    .isLessThan(2);
            Thread.sleep(200);
        }
        // ... a learner of another platform is graded without waiting on any lock...
        long lockWaits = rowLockWaits();
        submitAnAttempt(second, module);
        assertThat(rowLockWaits()).as("row lock waits while the platform hangs").isEqualTo(lockWaits);
        // ... and that platform receives the score meanwhile.
        await(() -> other.scores.size() == 1, "the other platform to receive its score while one hangs");
        assertThat(hung.hangingNow.get()).as("the hung platform still holds a call").isPositive();
        assertThat(other.scores.get(0)).contains("\"userId\":\"" + second.sub() + "\"");

        // The sender gave up at its timeout and backed the row off, in the database.
        await(() -> outbox(first.lineItem()).get(0).attempts >= 1, "the hung score to be backed off");
        assertThat(outbox(first.lineItem()).get(0).lastError).contains("did not answer");
        assertThat(outbox(first.lineItem()).get(0).sentAt).isNull();

        // Nothing is lost: once the platform answers, the score arrives, once.
        hung.stopHanging();
        await(() -> hung.scores.size() == 1, "the score to arrive once the platform answers");
        await(() -> outbox(first.lineItem()).get(0).sentAt != null, "the score to be marked sent");
        Thread.sleep(2500);
        assertThat(hung.scores).hasSize(1);
        assertThat(hung.scores.get(0)).contains("\"userId\":\"" + first.sub() + "\"");
    }

    private static FakePlatform register() {
        FakePlatform platform = new FakePlatform();
        platform.toolJwksUrl = "http://localhost:" + RestAssured.port + "/lti/jwks";
        given().auth().preemptive().basic(TestAccounts.admin(), TestAccounts.PASSWORD).contentType("application/json")
                .body(platform.registration("FRA")).post("/api/lti/platforms").then().statusCode(201);
        return platform;
    }

    private static Launched launch(FakePlatform platform, ModuleCatalogue.LinkableModule module) {
        String sub = "lms-" + UUID.randomUUID();
        String lineItem = platform.lineItem(sub);
        LtiLaunchTest.Login login = LtiGradesTest.login(platform, sub);
        JWTClaimsSet claims = platform.claims(sub, login.nonce())
                .claim(LtiLaunchTest.LTI + "custom", Map.of("module", module.moduleId()))
                .claim(GradeLinks.AGS, Map.of("scope", List.of(GradeLinks.SCORE_SCOPE), "lineitem", lineItem))
                .build();
        Response launched = given().redirects().follow(false).cookies(login.cookies())
                .formParam("id_token", platform.sign(claims)).formParam("state", login.state()).post("/lti/launch");
        assertThat(launched.statusCode()).as(launched.asString()).isEqualTo(303);
        Map<String, String> browser = new HashMap<>(login.cookies());
        browser.putAll(launched.cookies());
        return new Launched(sub, lineItem, LtiLaunchTest.accountOf(sub), browser);
    }

    /** The module's lessons done, then an attempt started and submitted, as the learner's browser does. */
    private static void submitAnAttempt(Launched learner, ModuleCatalogue.LinkableModule module) {
        LessonsDone.forModule(learner.accountId(), LessonsDone.SHIPPED, module.version(), module.moduleId());
        Map<String, String> browser = learner.browser();
        long attempt = ((Number) given().cookies(browser).header("X-CSRF-TOKEN", browser.get("cthb-csrf"))
                .post("/api/learning/versions/" + module.version() + "/modules/" + module.moduleId() + "/attempts")
                .then().statusCode(200).extract().path("id")).longValue();
        given().cookies(browser).header("X-CSRF-TOKEN", browser.get("cthb-csrf"))
                .post("/api/learning/attempts/" + attempt + "/submit").then().statusCode(200);
        assertThat(outbox(learner.lineItem())).hasSize(1);
    }

    private static List<ScoreOutboxEntry> outbox(String lineItem) {
        return LtiGradesTest.outbox(lineItem);
    }

    /** How many times InnoDB made a statement wait for a row lock since the server started. */
    private long rowLockWaits() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "show global status like 'Innodb_row_lock_waits'"); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(2);
        }
    }

    /** The age of the oldest open InnoDB transaction, seconds (0 when none). */
    private long longestOpenTransactionSeconds() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select coalesce(max(timestampdiff(second, trx_started, now())), 0)"
                        + " from information_schema.innodb_trx");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
