package org.cthb.readiness.offline;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.Sessions;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.quiz.LessonsDone;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Changes made offline and sent back when the network returns: each applied once, whatever the number of times it
 * is sent, in the order sent, within the attempt's rules (an attempt submitted meanwhile wins, with a clear 409).
 */
@QuarkusTest
class OfflineChangesTest {

    private static final String MODULE = "how-it-happens";

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    private static int version(String me) {
        return as(me).get("/api/learning/dashboard").then().statusCode(200).extract().path("version");
    }

    private static JsonPath openAttempt(String me, int version) {
        LessonsDone.forModule(me, version, MODULE);
        return as(me).post("/api/learning/versions/" + version + "/modules/" + MODULE + "/attempts").then()
                .statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> answer(long attempt, String question, String... options) {
        return Map.of("kind", "answer", "attempt", attempt, "question", question, "options", List.of(options));
    }

    private static List<String> chosen(String me, long attempt, String question) {
        return as(me).get("/api/learning/attempts/" + attempt).then().statusCode(200).extract().jsonPath()
                .getList("questions.find { it.id == '" + question + "' }.chosen");
    }

    @Test
    void anAnswerSentTwiceIsSavedOnceAndNeverOverwritesALaterOne() {
        String me = TestAccounts.create(Role.LEARNER, null);
        JsonPath attempt = openAttempt(me, version(me));
        long id = attempt.getLong("id");
        String question = attempt.getString("questions[0].id");
        String change = UUID.randomUUID().toString();

        as(me).body(answer(id, question, "1")).put("/api/learning/offline/changes/" + change).then().statusCode(200)
                .body("applied", equalTo(true)).body("replayed", equalTo(false)).body("kind", equalTo("answer"));
        assertThat(chosen(me, id, question)).containsExactly("1");

        // Online meanwhile, the learner changed their mind; then the reply to the offline change was lost and the
        // phone sends it again.
        as(me).body(Map.of("options", List.of("2"))).put("/api/learning/attempts/" + id + "/answers/" + question)
                .then().statusCode(200);
        as(me).body(answer(id, question, "1")).put("/api/learning/offline/changes/" + change).then().statusCode(200)
                .body("applied", equalTo(true)).body("replayed", equalTo(true));
        assertThat(chosen(me, id, question)).as("the replay changed nothing").containsExactly("2");
    }

    @Test
    void changesSentInOrderEndWithTheLastAnswer() {
        String me = TestAccounts.create(Role.LEARNER, null);
        JsonPath attempt = openAttempt(me, version(me));
        long id = attempt.getLong("id");
        String question = attempt.getString("questions[1].id");
        // Every question has at least two options (a true/false question exactly two).
        for (String option : List.of("1", "2", "1", "2")) {
            as(me).body(answer(id, question, option)).put("/api/learning/offline/changes/" + UUID.randomUUID())
                    .then().log().ifValidationFails().statusCode(200).body("replayed", equalTo(false));
        }
        assertThat(chosen(me, id, question)).containsExactly("2");
    }

    @Test
    void aLessonDoneOfflineCountsOnceHoweverOftenItIsSent() {
        String me = TestAccounts.create(Role.LEARNER, null);
        int version = version(me);
        Map<String, Object> done = Map.of("kind", "lesson", "version", version, "module", "why-it-matters",
                "lesson", "01-a-grave-abuse", "alternative", false);
        String change = UUID.randomUUID().toString();
        as(me).body(done).put("/api/learning/offline/changes/" + change).then().statusCode(200)
                .body("replayed", equalTo(false));
        as(me).body(done).put("/api/learning/offline/changes/" + change).then().statusCode(200)
                .body("replayed", equalTo(true));
        as(me).get("/api/learning/dashboard").then().statusCode(200)
                .body("modules.find { it.moduleId == 'why-it-matters' }.lessonsDone", equalTo(1));
    }

    @Test
    void anAnswerToAnAttemptSubmittedElsewhereIsRefusedWithAClear409() {
        String me = TestAccounts.create(Role.LEARNER, null);
        JsonPath attempt = openAttempt(me, version(me));
        long id = attempt.getLong("id");
        String question = attempt.getString("questions[0].id");
        as(me).post("/api/learning/attempts/" + id + "/submit").then().statusCode(200);

        String change = UUID.randomUUID().toString();
        for (int sent = 0; sent < 2; sent++) {
            as(me).body(answer(id, question, "1")).put("/api/learning/offline/changes/" + change).then()
                    .statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("already submitted"))
                    .body("detail", containsString("was not saved"));
        }
        assertThat(chosen(me, id, question)).isEmpty();
    }

    @Test
    void badChangesAreRefusedNamingTheField() {
        String me = TestAccounts.create(Role.LEARNER, null);
        JsonPath attempt = openAttempt(me, version(me));
        long id = attempt.getLong("id");
        as(me).body(Map.of("kind", "guess")).put("/api/learning/offline/changes/" + UUID.randomUUID()).then()
                .statusCode(400).body("detail", containsString("kind"));
        as(me).body(answer(id, attempt.getString("questions[0].id"), "1")).put("/api/learning/offline/changes/x")
                .then().statusCode(400).body("detail", containsString("8 to 64"));
        as(me).body(Map.of("kind", "answer", "attempt", id, "question", "q")).put("/api/learning/offline/changes/"
                + UUID.randomUUID()).then().statusCode(400).body("detail", containsString("options"));
        as(me).body(answer(id, "no-such-question", "1")).put("/api/learning/offline/changes/" + UUID.randomUUID())
                .then().statusCode(400).body("detail", containsString("not part of attempt"));

        // Another learner's attempt is as good as missing, and their change ids are their own.
        String other = TestAccounts.create(Role.LEARNER, null);
        as(other).body(answer(id, attempt.getString("questions[0].id"), "1"))
                .put("/api/learning/offline/changes/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aBrowserSendsItsQueueWithItsSessionAndCsrfToken() {
        String me = TestAccounts.create(Role.LEARNER, null);
        JsonPath attempt = openAttempt(me, version(me));
        Map<String, String> browser = Sessions.signIn(me);
        Map<String, Object> change = answer(attempt.getLong("id"), attempt.getString("questions[0].id"), "1");
        Sessions.as(browser).contentType(ContentType.JSON).body(change)
                .put("/api/learning/offline/changes/" + UUID.randomUUID()).then().statusCode(403);
        // As the page script does: the token of this browser's CSRF cookie, from GET /api/csrf.
        JsonPath csrf = Sessions.as(browser).get("/api/csrf").then().statusCode(200).extract().jsonPath();
        Sessions.as(browser).header(csrf.getString("header"), csrf.getString("token")).contentType(ContentType.JSON)
                .body(change)
                .put("/api/learning/offline/changes/" + UUID.randomUUID()).then().statusCode(200);
    }

    @Test
    void theCopyToKeepIsTheLearnersVersionWithinAStatedBudget() {
        String me = TestAccounts.create(Role.LEARNER, null);
        int version = version(me);
        as(me).get("/api/learning/offline").then().statusCode(200)
                .body("version", equalTo(version))
                .body("cache", startsWith("cthb-offline-" + OfflineOwner.tag(me) + "-"))
                .body("cache", containsString("-v" + version))
                .body("budgetBytes", equalTo(5120 * 1024))
                .body("pages", hasItem("/learn/v/" + version + "/why-it-matters/01-a-grave-abuse"))
                .body("assets", hasItem(startsWith("/static/app.css?v=")));
        String other = TestAccounts.create(Role.LEARNER, null);
        String mine = as(me).get("/api/learning/offline").then().extract().path("cache");
        String theirs = as(other).get("/api/learning/offline").then().extract().path("cache");
        assertThat(theirs).as("another account's copy is kept apart").isNotEqualTo(mine);
    }

    @Test
    void signingOutClearsWhatTheSiteKeptInTheBrowser() {
        String me = TestAccounts.create(Role.LEARNER, null);
        Map<String, String> browser = Sessions.signIn(me);
        String page = Sessions.as(browser).get("/learn").then().statusCode(200).extract().asString();
        Sessions.as(browser).formParam("csrf-token", Sessions.formToken(page)).post("/signout").then()
                .statusCode(303).header("Clear-Site-Data", equalTo("\"cache\", \"storage\""));
    }

    @Test
    void theSiteIsAnInstallableWebApp() {
        given().get("/manifest.webmanifest").then().statusCode(200).contentType("application/manifest+json")
                .body("start_url", equalTo("/learn")).body("display", equalTo("standalone"))
                .body("icons.sizes", hasItem("512x512"));
        given().get("/sw.js").then().statusCode(200).body(containsString("addEventListener('fetch'"));
        given().get("/static/icons/icon-192.png").then().statusCode(200).contentType("image/png");
    }

    @Test
    void theKeepPageSaysWhatWouldBeKeptAndThatKeepingNeedsJavaScript() {
        String me = TestAccounts.create(Role.LEARNER, null);
        int version = version(me);
        Map<String, String> browser = Sessions.signIn(me);
        String page = Sessions.as(browser).get("/learn/offline").then().statusCode(200).extract().asString();
        assertThat(page).contains("Keep this course on my phone", "within 5120 KB",
                "Keeping the course needs JavaScript in your browser. Every page works without it",
                "href=\"/learn/v/" + version + "/why-it-matters/01-a-grave-abuse\"",
                "Signing out removes all of it from this browser.");
        // The button works only with the script, which shows it.
        assertThat(page).containsPattern("<div id=\"offline-keep\"[^>]* hidden>");
        assertThat(Sessions.as(browser).get("/learn").then().statusCode(200).extract().asString())
                .contains("<a href=\"/learn/offline\">Keep this course on my phone</a>");
    }
}
