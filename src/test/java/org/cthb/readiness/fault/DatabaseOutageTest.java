package org.cthb.readiness.fault;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.cthb.readiness.database.EmbeddedMariaDbResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * MariaDB killed (SIGKILL) while a learner is in the middle of the last quiz: the service answers 503 with words
 * the learner can act on, comes back by itself once the database is back, keeps every saved answer, and grades
 * the attempt exactly once.
 */
@QuarkusTest
@TestProfile(FaultProfile.class)
@Tag("fault")
class DatabaseOutageTest {

    /** Longer than any answer from a healthy pool or a refused connection; only a hanging request takes longer. */
    private static final Duration NO_HANGING = Duration.ofSeconds(15);

    @AfterEach
    void databaseRunsAgain() {
        EmbeddedMariaDbResource.restart();
    }

    @Test
    void savedAnswersSurviveACrashAndTheAttemptIsGradedOnce() {
        Quizzes learner = Quizzes.learner(FaultProfile.QUIZ_NATION);
        learner.passAllButLast();
        Quizzes.Attempt attempt = learner.start(learner.lastModule());
        attempt.questions().forEach(attempt::answerRight);
        long accountId = learner.accountId();
        long outboxMark = outboxMark();

        EmbeddedMariaDbResource.kill();
        unavailable(learner.as().get(attempt.path())).then()
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(503))
                .body("detail", containsString("Your saved answers are safe"));
        unavailable(learner.as().header("Accept-Language", "fr").accept("text/html").get("/learn")).then()
                .contentType(containsString("text/html"))
                .body(containsString("Vos réponses enregistrées sont en sécurité"));
        unavailable(learner.as().post(attempt.path() + "/submit"));

        EmbeddedMariaDbResource.restart();
        awaitRecovery(learner, attempt);
        learner.as().get(attempt.path()).then().statusCode(200).body("submitted", equalTo(false));
        for (String question : attempt.questions()) {
            assertThat(learner.as().get(attempt.path()).then().extract().jsonPath()
                    .<String>getList("questions.find { it.id == '" + question + "' }.chosen"))
                    .as("saved answer to %s", question).isEqualTo(attempt.rightPositions(question).stream().sorted().toList());
        }
        learner.as().post(attempt.path() + "/submit").then().statusCode(200).body("passed", equalTo(true));
        learner.as().post(attempt.path() + "/submit").then().statusCode(200).body("passed", equalTo(true));
        assertGradedOnce(accountId, attempt, outboxMark);
    }

    @Test
    void aSubmitRacingTheCrashIsGradedOnceOrNotAtAll() {
        Quizzes learner = Quizzes.learner(FaultProfile.QUIZ_NATION);
        learner.passAllButLast();
        Quizzes.Attempt attempt = learner.start(learner.lastModule());
        attempt.questions().forEach(attempt::answerRight);
        long accountId = learner.accountId();
        long outboxMark = outboxMark();

        CompletableFuture<Integer> racing = CompletableFuture.supplyAsync(
                () -> learner.as().post(attempt.path() + "/submit").statusCode());
        EmbeddedMariaDbResource.kill();
        assertThat(racing.join()).as("a submit either lands or is refused").isIn(200, 503);

        EmbeddedMariaDbResource.restart();
        awaitRecovery(learner, attempt);
        learner.as().post(attempt.path() + "/submit").then().statusCode(200).body("passed", equalTo(true));
        assertGradedOnce(accountId, attempt, outboxMark);
    }

    /** While the database is away every request fails fast with 503 and a hint to come back soon. */
    private static Response unavailable(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(Duration.ofMillis(response.time())).isLessThan(NO_HANGING);
        return response;
    }

    /** The service notices by itself that the database is back: no restart, no operator. */
    private static void awaitRecovery(Quizzes learner, Quizzes.Attempt attempt) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int status;
        do {
            status = learner.as().get(attempt.path()).statusCode();
        } while (status != 200 && Instant.now().isBefore(deadline));
        assertThat(status).as("status once the database is back").isEqualTo(200);
    }

    /** The newest outbox row now: statements of the attempt under test come after it. */
    private static long outboxMark() {
        return Rows.count("select coalesce(max(id), 0) from xapi_outbox");
    }

    private static void assertGradedOnce(long accountId, Quizzes.Attempt attempt, long outboxMark) {
        assertThat(Rows.count("select count(*) from quiz_attempt where id = ? and submitted_at is not null",
                attempt.id())).isEqualTo(1);
        assertThat(Rows.count("select count(*) from quiz_attempt where account_id = ? and module_id = ?",
                accountId, attempt.module())).as("attempts at the last module").isEqualTo(1);
        assertThat(Rows.count("select count(*) from certificate where account_id = ?", accountId))
                .as("certificates").isEqualTo(1);
        assertThat(Rows.count("select count(*) from xapi_outbox where id > ? and nation_iso3 = ?"
                        + " and statement like ? and statement like ?", outboxMark, FaultProfile.QUIZ_NATION,
                "%/verbs/passed%", "%/module/" + attempt.module() + "/quiz\"%"))
                .as("xAPI 'passed' statements for the attempt").isEqualTo(1);
    }
}
