package org.cthb.readiness.learning;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class LearnerJourneyApiTest {

    static final String API = "/api/learning";

    @Inject
    CourseCatalog catalog;

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    private static String learner() {
        return TestAccounts.create(Role.LEARNER, null);
    }

    @Test
    void dashboardListsTheCoreModulesAndTheFirstLessonAsNextStep() {
        JsonPath dashboard = as(learner()).get(API + "/dashboard").then().statusCode(200).extract().jsonPath();
        assertThat(dashboard.getList("modules.moduleId")).containsExactly("why-it-matters", "what-trafficking-is",
                "how-it-happens", "your-conduct", "victims-and-survivors", "reporting");
        assertThat(dashboard.getList("modules.status")).containsOnly("NOT_STARTED");
        assertThat(dashboard.getString("next.kind")).isEqualTo("LESSON");
        assertThat(dashboard.getString("next.moduleId")).isEqualTo("why-it-matters");
    }

    @Test
    void sensitiveLessonOpensOnItsContentNoteAndTheAlternativeCountsTheSame() {
        String me = learner();
        int version = as(me).get(API + "/dashboard").then().extract().path("version");
        String lesson = API + "/versions/" + version + "/modules/what-trafficking-is/lessons/01-act-means-purpose";
        as(me).get(lesson).then().statusCode(200).body("view", equalTo("NOTE")).body("html", nullValue())
                .body("contentNote", notNullValue());
        as(me).get(lesson + "?view=alternative").then().statusCode(200).body("view", equalTo("ALTERNATIVE"))
                .body("html", containsString("<p>"));
        as(me).body(Map.of("alternative", true)).post(lesson + "/done").then().statusCode(200);
        as(me).get(API + "/dashboard").then()
                .body("modules.find { it.moduleId == 'what-trafficking-is' }.lessonsDone", equalTo(1))
                .body("modules.find { it.moduleId == 'what-trafficking-is' }.status", equalTo("IN_PROGRESS"));
    }

    @Test
    void progressResumesAtTheFirstUnfinishedLesson() {
        String me = learner();
        int version = as(me).get(API + "/dashboard").then().extract().path("version");
        as(me).body(Map.of()).post(API + "/versions/" + version + "/modules/why-it-matters/lessons/01-a-grave-abuse/done")
                .then().statusCode(200).body("lesson", equalTo("02-protectors-not-abusers"));
        as(me).get(API + "/dashboard").then().body("next.lesson", equalTo("02-protectors-not-abusers"));
    }

    @Test
    void aLessonOfAVersionTheLearnerDoesNotHaveIsNotFound() {
        String me = learner();
        int version = as(me).get(API + "/dashboard").then().extract().path("version");
        as(me).get(API + "/versions/" + (version + 7) + "/modules/why-it-matters/lessons/01-a-grave-abuse")
                .then().statusCode(404).body("detail", containsString("You follow version " + version));
        as(me).body(Map.of()).post(API + "/versions/" + (version + 7) + "/modules/why-it-matters/lessons/01-a-grave-abuse/done")
                .then().statusCode(404);
    }

    @Test
    void anAttemptKeepsItsDrawAndNeverRevealsTheAnswers() {
        String me = learner();
        int version = as(me).get(API + "/dashboard").then().extract().path("version");
        String start = API + "/versions/" + version + "/modules/why-it-matters/attempts";
        org.cthb.readiness.quiz.LessonsDone.forModule(me, version, "why-it-matters");
        JsonPath first = as(me).post(start).then().statusCode(200).body("questions", hasSize(5)).extract().jsonPath();
        String body = as(me).post(start).then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain("\"correct\"").doesNotContain("feedback");
        JsonPath again = JsonPath.from(body);
        assertThat(again.getLong("id")).isEqualTo(first.getLong("id"));
        assertThat(again.getList("questions.id")).isEqualTo(first.getList("questions.id"));
        assertThat(again.getList("questions.options.text")).isEqualTo(first.getList("questions.options.text"));
        assertThat(again.getList("questions.options.id")).isEqualTo(first.getList("questions.options.id"));
    }

    @Test
    void failedThenPassedQuizIsGradedOnTheServerWithFeedback() {
        String me = learner();
        CourseContent.ModuleContent module = catalog.current("cthb-predeployment").content().module("how-it-happens").orElseThrow();
        int version = as(me).get(API + "/dashboard").then().extract().path("version");
        org.cthb.readiness.quiz.LessonsDone.forModule(me, version, "how-it-happens");
        org.cthb.readiness.quiz.LessonsDone.forModule(me, version, "why-it-matters");
        JsonPath attempt = as(me).post(API + "/versions/" + version + "/modules/how-it-happens/attempts").then()
                .statusCode(200).extract().jsonPath();
        long id = attempt.getLong("id");
        List<String> asked = attempt.getList("questions.id");
        for (int i = 0; i < asked.size(); i++) {
            String q = asked.get(i);
            as(me).body(Map.of("options", org.cthb.readiness.quiz.LessonsDone.positions(attempt, i, module.quiz().question(q).orElseThrow(),
                    false))).put(API + "/attempts/" + id + "/answers/" + q).then().statusCode(200);
        }
        as(me).get(API + "/attempts/" + id).then().body("questions.chosen", everyItem(hasSize(1)));
        as(me).post(API + "/attempts/" + id + "/submit").then().statusCode(200).body("score", equalTo(0))
                .body("passed", equalTo(false)).body("disclosure", equalTo("WRONG_MARKS_ONLY"))
                .body("attemptsLeft", equalTo(2)).body("questions[0].options", hasSize(0))
                .body("questions[0].lesson", notNullValue()).body("questions[0].paragraph", notNullValue());
        as(me).post(API + "/versions/" + version + "/modules/how-it-happens/attempts").then().statusCode(409)
                .body("detail", containsString("again from"));
        JsonPath passAttempt = as(me).post(API + "/versions/" + version + "/modules/why-it-matters/attempts")
                .then().extract().jsonPath();
        CourseContent.ModuleContent other = catalog.current("cthb-predeployment").content().module("why-it-matters").orElseThrow();
        long passId = passAttempt.getLong("id");
        List<String> passAsked = passAttempt.getList("questions.id");
        for (int i = 0; i < passAsked.size(); i++) {
            String q = passAsked.get(i);
            as(me).body(Map.of("options", org.cthb.readiness.quiz.LessonsDone.positions(passAttempt, i, other.quiz().question(q).orElseThrow(),
                    true))).put(API + "/attempts/" + passId + "/answers/" + q).then().statusCode(200);
        }
        as(me).post(API + "/attempts/" + passId + "/submit").then().body("score", equalTo(100)).body("passed", equalTo(true))
                .body("disclosure", equalTo("FULL_KEY")).body("questions[0].options[0].feedback", notNullValue());
        as(me).get(API + "/dashboard").then()
                .body("modules.find { it.moduleId == 'why-it-matters' }.status", equalTo("PASSED"))
                .body("modules.find { it.moduleId == 'how-it-happens' }.bestScore", equalTo(0));
    }

    @Test
    void badAnswersAreRefusedAndChangeNothing() {
        String me = learner();
        int version = as(me).get(API + "/dashboard").then().extract().path("version");
        org.cthb.readiness.quiz.LessonsDone.forModule(me, version, "why-it-matters");
        JsonPath attempt = as(me).post(API + "/versions/" + version + "/modules/why-it-matters/attempts").then()
                .extract().jsonPath();
        long id = attempt.getLong("id");
        String q = attempt.getString("questions[0].id");
        List<String> pool = catalog.current("cthb-predeployment").content().module("why-it-matters").orElseThrow()
                .quiz().questions().stream().map(CourseContent.QuestionContent::id).toList();
        String notDrawn = pool.stream().filter(p -> !attempt.getList("questions.id").contains(p)).findFirst().orElseThrow();
        as(me).body(Map.of("options", List.of("1"))).put(API + "/attempts/" + id + "/answers/" + notDrawn).then()
                .statusCode(400).body("field", equalTo("questionId"));
        as(me).body(Map.of("options", List.of("zz"))).put(API + "/attempts/" + id + "/answers/" + q).then()
                .statusCode(400).body("field", equalTo("options")).body("detail", containsString("numbered 1 to"));
        as(me).body(Map.of("options", List.of("a"))).put(API + "/attempts/" + id + "/answers/" + q).then()
                .statusCode(400).body("field", equalTo("options"));
        String stranger = learner();
        as(stranger).body(Map.of("options", List.of("1"))).put(API + "/attempts/" + id + "/answers/" + q).then()
                .statusCode(404);
        as(stranger).post(API + "/attempts/" + id + "/submit").then().statusCode(404);
        as(me).get(API + "/attempts/" + id).then().body("questions.chosen.flatten()", hasSize(0)).body("submitted", equalTo(false));
        JsonPath first = as(me).post(API + "/attempts/" + id + "/submit").then().statusCode(200).extract().jsonPath();
        as(me).post(API + "/attempts/" + id + "/submit").then().statusCode(200)
                .body("score", equalTo(first.getInt("score"))).body("attemptNo", equalTo(1));
        as(me).body(Map.of("options", List.of("1"))).put(API + "/attempts/" + id + "/answers/" + q).then()
                .statusCode(409);
        as(me).get(API + "/attempts/" + id + "/result").then().statusCode(200).body("questions.options.flatten().chosen", not(org.hamcrest.Matchers.hasItem(true)));
    }
}
