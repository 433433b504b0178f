package org.cthb.readiness.crawl;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found by the API crawler: a JSON body of the wrong shape was answered by the JSON reader itself, with an empty
 * 400 or a body that is not a problem. Each must be a problem naming the field at fault.
 */
@QuarkusTest
class WrongJsonBodyTest {

    @Test
    void aBodyOfTheWrongShapeIsAProblemNamingTheField() {
        String me = TestAccounts.create(Role.LEARNER, null);
        WebSession web = WebSession.signIn(me);
        String done = "/api/learning/versions/" + version() + "/modules/why-it-matters/lessons/01-a-grave-abuse/done";
        problem(web, done, "[]", "body", "the request body must be an object");
        problem(web, done, "\"text\"", "body", "the request body must be an object");
        problem(web, done, "{\"alternative\":\"maybe\"}", "alternative", "alternative must be true or false");
        problem(web, done, "{\"alternative\":{}}", "alternative", "alternative must be true or false");
        problem(web, done, "{\"broken\":", "body", "the request body is not valid JSON");
    }

    @Test
    void aListOfTheWrongItemsNamesTheItem() {
        String learner = TestAccounts.create(Role.LEARNER, null);
        WebSession web = WebSession.signIn(learner);
        org.cthb.readiness.quiz.LessonsDone.forModule(learner, version(), "why-it-matters");
        Response attempt = web.api().post("/api/learning/versions/" + version() + "/modules/why-it-matters/attempts");
        assertThat(attempt.statusCode()).isEqualTo(200);
        String answer = "/api/learning/attempts/" + attempt.jsonPath().getLong("id") + "/answers/"
                + attempt.jsonPath().getString("questions[0].id");
        problem(web, answer, "{\"options\":\"abc\"}", "options", "options must be a list");
        problem(web, answer, "{\"options\":[\"a\",{}]}", "options[1]", "options[1] must be a string");
        problem(web, answer, "123", "body", "the request body must be an object");
    }

    private static int version() {
        return jakarta.enterprise.inject.spi.CDI.current().select(org.cthb.readiness.course.CourseCatalog.class).get()
                .current(Cast.COURSE).number();
    }

    private static void problem(WebSession web, String path, String body, String field, String detail) {
        Response response = web.api().contentType("application/json").body(body)
                .request(path.contains("/answers/") ? "PUT" : "POST", path);
        assertThat(response.statusCode()).as(body + " -> " + response.asString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).as(body).isNotBlank();
        if (field != null) {
            assertThat(response.jsonPath().getString("field")).isEqualTo(field);
            assertThat(response.jsonPath().getString("detail")).startsWith(detail);
        }
    }
}
