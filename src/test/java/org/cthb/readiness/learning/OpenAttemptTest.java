package org.cthb.readiness.learning;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A learner who opened a quiz and has not submitted it yet: every page and its API twin keep working. */
@QuarkusTest
class OpenAttemptTest {

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).redirects().follow(false);
    }

    @Test
    void theDashboardAndLessonDoneWorkWhileAQuizIsOpen() {
        String me = TestAccounts.create(Role.LEARNER, null);
        int version = as(me).get("/api/learning/dashboard").then().statusCode(200).extract().path("version");
        org.cthb.readiness.quiz.LessonsDone.forModule(me, version, "how-it-happens");
        as(me).contentType(ContentType.JSON).post("/api/learning/versions/" + version + "/modules/how-it-happens/attempts")
                .then().statusCode(200);

        as(me).get("/api/learning/dashboard").then().statusCode(200)
                .body("modules.find { it.moduleId == 'how-it-happens' }.status", equalTo("IN_PROGRESS"))
                .body("modules.find { it.moduleId == 'how-it-happens' }.attempts", equalTo(1))
                .body("modules.find { it.moduleId == 'how-it-happens' }.bestScore", nullValue());
        as(me).contentType(ContentType.JSON).body(Map.of())
                .post("/api/learning/versions/" + version + "/modules/why-it-matters/lessons/01-a-grave-abuse/done")
                .then().statusCode(200).body("lesson", equalTo("02-protectors-not-abusers"));
    }

    @Test
    void theLearnPagesWorkWhileAQuizIsOpen() {
        String me = TestAccounts.create(Role.LEARNER, null);
        int version = as(me).get("/api/learning/dashboard").then().extract().path("version");
        org.cthb.readiness.quiz.LessonsDone.forModule(me, version, "how-it-happens");
        as(me).get("/learn/v/" + version + "/how-it-happens/quiz").then().statusCode(303)
                .header("Location", containsString("/learn/attempts/"));

        as(me).get("/learn").then().statusCode(200);
        Response lesson = as(me).get("/learn/v/" + version + "/why-it-matters/01-a-grave-abuse");
        lesson.then().statusCode(200);
        String token = lesson.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        as(me).cookies(lesson.cookies()).formParam("csrf-token", token)
                .post("/learn/v/" + version + "/why-it-matters/01-a-grave-abuse/done")
                .then().statusCode(303).header("Location", containsString("02-protectors-not-abusers"));
    }
}
