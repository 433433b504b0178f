package org.cthb.readiness.authoring;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.cthb.readiness.Csrf;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.audit.AuditEvent;
import org.cthb.readiness.course.Enrolments;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class AuthoringApiTest {

    @Inject
    Enrolments enrolments;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> question(Map<String, Object> content, int index) {
        Map<String, Object> module = ((List<Map<String, Object>>) content.get("modules")).get(0);
        Map<String, Object> quiz = (Map<String, Object>) module.get("quiz");
        return ((List<Map<String, Object>>) quiz.get("questions")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> quiz(Map<String, Object> content) {
        return (Map<String, Object>) ((List<Map<String, Object>>) content.get("modules")).get(0).get("quiz");
    }

    private static JsonPath open(String author, String course) {
        return Fixtures.as(author).post("/api/authoring/courses/" + course + "/draft").then().statusCode(201)
                .body("revision", equalTo(1)).body("baseVersion", equalTo(1)).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    private static void putText(Map<String, Object> holder, String field, String en) {
        ((Map<String, Object>) holder.get(field)).put("en", en);
    }

    @Test
    void draftFromLatestVersionPublishesANewVersionThroughTheImporter() {
        String course = Fixtures.freshCourse("valid");
        String author = Fixtures.author();
        Map<String, Object> content = open(author, course).getMap("content");
        putText(question(content, 0), "text", "What is trafficking in human beings, in the policy's words?");
        Fixtures.as(author).body(Map.of("revision", 1, "content", content))
                .put("/api/authoring/courses/" + course + "/draft").then().statusCode(200).body("revision", equalTo(2));
        Fixtures.as(author).get("/api/authoring/courses/" + course + "/draft/validation").then().statusCode(200)
                .body("valid", equalTo(true));

        Fixtures.as(author).body(Map.of("revision", 2)).post("/api/authoring/courses/" + course + "/draft/publish")
                .then().statusCode(201).body("version", equalTo(2)).body("created", equalTo(true));

        Fixtures.as(author).get("/api/courses/" + course + "/versions").then().body("version", contains(2, 1));
        Fixtures.as(author).get("/api/authoring/courses/" + course + "/draft").then().statusCode(404);
        Fixtures.as(author).get("/api/authoring/courses/" + course + "/compare?from=1&to=2").then().statusCode(200)
                .body("courseFields", equalTo(List.of()))
                .body("modules[0].id", equalTo("basics"))
                .body("modules[0].questions[0].id", equalTo("q1"))
                .body("modules[0].questions[0].change", equalTo("CHANGED"))
                .body("modules[0].questions[0].fields", contains("text.en"));
        assertThat(audited(course)).containsExactly("COURSE_DRAFT_CREATED:" + author,
                "COURSE_VERSION_PUBLISHED:" + author, "COURSE_DRAFT_PUBLISHED:" + author);
    }

    private static List<String> audited(String course) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                        "subjectId = ?1 and action like 'COURSE_%' and actor <> 'system' order by id", course).stream()
                .map(e -> e.action + ":" + e.actor).toList());
    }

    @Test
    void aSecondAuthorSavingAStaleRevisionGets409AndTheFirstEditStays() {
        String course = Fixtures.freshCourse("valid");
        String first = Fixtures.author();
        String second = Fixtures.author();
        Map<String, Object> seenByFirst = open(first, course).getMap("content");
        Map<String, Object> seenBySecond = Fixtures.as(second).post("/api/authoring/courses/" + course + "/draft")
                .then().statusCode(200).body("revision", equalTo(1)).extract().jsonPath().getMap("content");

        putText(seenByFirst, "title", "First author's title");
        Fixtures.as(first).body(Map.of("revision", 1, "content", seenByFirst))
                .put("/api/authoring/courses/" + course + "/draft").then().statusCode(200);
        putText(seenBySecond, "title", "Second author's title");
        Fixtures.as(second).body(Map.of("revision", 1, "content", seenBySecond))
                .put("/api/authoring/courses/" + course + "/draft").then().statusCode(409)
                .body("field", equalTo("revision")).body("detail", containsString("Someone else saved the draft"));
        Fixtures.as(second).body(Map.of("revision", 1)).post("/api/authoring/courses/" + course + "/draft/publish")
                .then().statusCode(409);

        Fixtures.as(second).get("/api/authoring/courses/" + course + "/draft").then()
                .body("content.title.en", equalTo("First author's title")).body("revision", equalTo(2));
    }

    @Test
    void anInvalidDraftGetsTheFileValidatorsMessagesAndIsNotPublished() {
        String course = Fixtures.freshCourse("valid");
        String author = Fixtures.author();
        Map<String, Object> content = open(author, course).getMap("content");
        quiz(content).put("draw", 3);
        ((Map<String, Object>) question(content, 1).get("text")).put("fr", "");
        Fixtures.as(author).body(Map.of("revision", 1, "content", content))
                .put("/api/authoring/courses/" + course + "/draft").then().statusCode(200);

        Fixtures.as(author).get("/api/authoring/courses/" + course + "/draft/validation").then().statusCode(422)
                .body("valid", equalTo(false))
                .body("problems.file", hasItem("01-basics/quiz.yaml"))
                .body("problems.message", hasItem("draw 3 is larger than the pool of 2 questions"))
                .body("problems.message", hasItem("fr must be a non-empty text"));
        Fixtures.as(author).body(Map.of("revision", 2)).post("/api/authoring/courses/" + course + "/draft/publish")
                .then().statusCode(422).body("problems.message", hasItem("draw 3 is larger than the pool of 2 questions"));
        Fixtures.as(author).get("/api/courses/" + course + "/versions").then().body("version", contains(1));
    }

    @Test
    void theExportedDraftImportsBackWithTheSameContentHash() {
        String course = Fixtures.freshCourse("valid-sensitive");
        String author = Fixtures.author();
        Map<String, Object> content = open(author, course).getMap("content");
        putText(content, "description", "A tiny course, revised in the browser.");
        Fixtures.as(author).body(Map.of("revision", 1, "content", content))
                .put("/api/authoring/courses/" + course + "/draft").then().statusCode(200);
        String draftHash = Fixtures.as(author).get("/api/authoring/courses/" + course + "/draft/validation").then()
                .statusCode(200).extract().path("contentHash");

        byte[] zip = Fixtures.as(author).get("/api/authoring/courses/" + course + "/draft/export").then()
                .statusCode(200).contentType("application/zip").extract().asByteArray();
        Csrf.with(given().auth().preemptive().basic(author, TestAccounts.PASSWORD))
                .multiPart("file", "draft.zip", zip, "application/zip").post("/api/courses/import").then()
                .statusCode(201).body("contentHash", equalTo(draftHash)).body("version", equalTo(2));
        Fixtures.as(author).get("/api/authoring/courses/" + course + "/compare?from=2&to=draft").then()
                .body("modules", equalTo(List.of())).body("courseFields", equalTo(List.of()));
    }

    @Test
    void learnersWhoStartedKeepTheirVersionAfterPublishing() {
        String course = Fixtures.freshCourse("valid");
        long early = learner();
        assertThat(enrolments.versionOf(early, course).number()).isEqualTo(1);
        String author = Fixtures.author();
        Map<String, Object> content = open(author, course).getMap("content");
        putText(content, "title", "Mini course, second edition");
        Fixtures.as(author).body(Map.of("revision", 1, "content", content))
                .put("/api/authoring/courses/" + course + "/draft").then().statusCode(200);
        Fixtures.as(author).body(Map.of("revision", 2)).post("/api/authoring/courses/" + course + "/draft/publish")
                .then().statusCode(201).body("version", equalTo(2));

        long late = learner();
        assertThat(enrolments.versionOf(early, course).number()).isEqualTo(1);
        assertThat(enrolments.versionOf(late, course).number()).isEqualTo(2);
    }

    @Test
    void learnersCannotAuthor() {
        String course = Fixtures.freshCourse("valid");
        Fixtures.as(TestAccounts.create(Role.LEARNER, null)).post("/api/authoring/courses/" + course + "/draft")
                .then().statusCode(403);
        given().post("/api/authoring/courses/" + course + "/draft").then().statusCode(401);
    }

    private static long learner() {
        String email = TestAccounts.create(Role.LEARNER, null);
        return QuarkusTransaction.requiringNew().call(() -> Account.byEmail(email).orElseThrow().id);
    }
}
