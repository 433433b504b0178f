package org.cthb.readiness.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.TestMissions;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Bad input of every kind answers a 4xx that names the field, parameter or header at fault and what is allowed. */
@QuarkusTest
class UsefulErrorsTest {

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).redirects().follow(false);
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aJsonBodyOfNullIsRefusedOnEveryJsonEndpoint() {
        String admin = TestAccounts.admin();
        String learner = TestAccounts.create(Role.LEARNER, null);
        problem(as(admin).contentType(ContentType.JSON).body("null").post("/api/accounts").then(), 400)
                .body("field", equalTo("body")).body("detail", containsString("JSON"));
        problem(as(admin).contentType(ContentType.JSON).body("null").post("/api/certificates/CTHB-0000/revoke").then(),
                400).body("field", equalTo("body"));
        problem(as(admin).contentType(ContentType.JSON).body("null").put("/api/standards/baseline").then(), 400)
                .body("field", equalTo("body"));
        problem(as(learner).contentType(ContentType.JSON).body("null").put("/api/learning/attempts/1/answers/q1").then(),
                400).body("field", equalTo("body"));
        problem(as(TestAccounts.create(Role.AUTHOR, null)).contentType(ContentType.JSON).body("null")
                .put("/api/authoring/courses/cthb-predeployment/draft").then(), 400).body("field", equalTo("body"));
    }

    @Test
    void aMissingBodyIsNamedUnlessTheEndpointTakesNone() {
        problem(as(TestAccounts.admin()).contentType(ContentType.JSON).post("/api/accounts").then(), 400)
                .body("field", equalTo("body")).body("detail", containsString("required"));
        String learner = TestAccounts.create(Role.LEARNER, null);
        int version = as(learner).get("/api/learning/dashboard").then().extract().path("version");
        as(learner).contentType(ContentType.JSON)
                .post("/api/learning/versions/" + version + "/modules/why-it-matters/lessons/01-a-grave-abuse/done")
                .then().statusCode(200);
        int status = as(TestAccounts.create(Role.AUTHOR, null))
                .delete("/api/authoring/courses/cthb-predeployment/draft").then().extract().statusCode();
        org.assertj.core.api.Assertions.assertThat(status).isBetween(400, 499);
    }

    @Test
    void malformedJsonSaysWhereItBreaks() {
        problem(as(TestAccounts.admin()).contentType(ContentType.JSON).body("{\n  \"email\": \"a@b.c\",\n  oops }")
                .post("/api/accounts").then(), 400)
                .body("detail", allOf(containsString("line 3"), containsString("column")));
    }

    @Test
    void aWrongTypedFieldIsNamedWithWhatIsAllowed() {
        problem(as(TestAccounts.create(Role.LEARNER, null)).contentType(ContentType.JSON)
                .body("{\"options\": {\"a\": 1}}").put("/api/learning/attempts/1/answers/q1").then(), 400)
                .body("field", equalTo("options")).body("detail", containsString("options"));
        problem(as(TestAccounts.create(Role.AUTHOR, null)).contentType(ContentType.JSON)
                .body("{\"revision\": \"abc\", \"content\": {}}")
                .put("/api/authoring/courses/cthb-predeployment/draft").then(), 400)
                .body("field", equalTo("revision"));
    }

    @Test
    void beanValidationNamesTheField() {
        problem(as(TestAccounts.create(Role.AUTHOR, null)).contentType(ContentType.JSON).body("{}")
                .post("/api/authoring/courses/cthb-predeployment/draft/publish").then(), 400)
                .body("field", equalTo("revision")).body("detail", containsString("revision"));
    }

    @Test
    void wrongTypedQueryParametersAreNamed() {
        String admin = TestAccounts.admin();
        problem(as(admin).get("/api/audit?page=abc").then(), 400).body("field", equalTo("page"))
                .body("detail", allOf(containsString("page"), containsString("abc"), containsString("whole number")));
        problem(as(admin).get("/api/audit?size=99999999999").then(), 400).body("field", equalTo("size"));
        problem(as(admin).get("/api/authoring/courses/cthb-predeployment/compare?from=1&to=x").then(), 400);
    }

    @Test
    void negativeOrHugePagesAreRefusedByName() {
        String admin = TestAccounts.admin();
        problem(as(admin).get("/api/audit?page=-1").then(), 400).body("field", equalTo("page"))
                .body("detail", containsString("0"));
        problem(as(admin).get("/api/audit?page=2147483647&size=500").then(), 400).body("field", equalTo("page"));
        problem(as(admin).get("/api/audit?size=-5").then(), 400).body("field", equalTo("size"));
        String mission = TestMissions.create("ERR");
        problem(as(admin).get("/api/nations/ISL/readiness?mission=" + mission + "&page=-1").then(), 400)
                .body("field", equalTo("page"));
    }

    @Test
    void anUnsupportedMediaTypeNamesWhatIsAccepted() {
        problem(as(TestAccounts.admin()).contentType(ContentType.TEXT).body("hello").post("/api/accounts").then(), 415)
                .body("field", equalTo("Content-Type")).body("detail", containsString("application/json"));
    }

    @Test
    void anUnknownNationIsNamed() {
        String admin = TestAccounts.admin();
        problem(as(admin).get("/api/nations/XXX/standard").then(), 404).body("detail", containsString("XXX"));
        problem(as(admin).contentType(ContentType.JSON).body(Map.of("basedOn", 0, "roles", Map.of()))
                .put("/api/nations/XXX/standard").then(), 404).body("detail", containsString("XXX"));
        problem(as(admin).get("/api/nations/XXX/standard/versions").then(), 404).body("detail", containsString("XXX"));
        String mission = TestMissions.create("ERR");
        problem(as(admin).get("/api/nations/XXX/readiness?mission=" + mission).then(), 404)
                .body("detail", containsString("XXX"));
        problem(as(admin).contentType("text/csv").body("national_id\n").post("/api/nations/XXX/roster?dryRun=false")
                .then(), 404).body("detail", containsString("XXX"));
        problem(as(admin).get("/api/nations/XXX/roster/imports").then(), 404).body("detail", containsString("XXX"));
        problem(as(admin).contentType(ContentType.JSON).body(Map.of("email", "x-" + System.nanoTime() + "@test.example",
                "password", TestAccounts.PASSWORD, "role", "NATION_OFFICER", "nation", "XXX")).post("/api/accounts")
                .then(), 400).body("field", equalTo("nation")).body("detail", containsString("XXX"));
        as(admin).get("/nations/XXX/readiness").then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("XXX"));
    }

    @Test
    void aHugeValidityIsRefusedByName() {
        String admin = TestAccounts.admin();
        int basedOn = as(admin).get("/api/standards/baseline").then().extract().path("version");
        Map<String, Object> all = Map.of("modules", java.util.List.of("why-it-matters"), "passMark", 80,
                "validityMonths", 2_000_000_000, "inProcessingAllowed", true, "graceDays", 14);
        problem(as(admin).contentType(ContentType.JSON).body(Map.of("basedOn", basedOn,
                "roles", Map.of("ALL_PERSONNEL", all))).put("/api/standards/baseline").then(), 400)
                .body("field", equalTo("roles.ALL_PERSONNEL.validityMonths"))
                .body("detail", containsString("120"));
        Map<String, Object> grace = Map.of("modules", java.util.List.of("why-it-matters"), "passMark", 80,
                "validityMonths", 24, "inProcessingAllowed", true, "graceDays", 2_000_000_000);
        problem(as(admin).contentType(ContentType.JSON).body(Map.of("basedOn", basedOn,
                "roles", Map.of("ALL_PERSONNEL", grace))).put("/api/standards/baseline").then(), 400)
                .body("field", equalTo("roles.ALL_PERSONNEL.graceDays"));
    }

    @Test
    void theForbiddenPageRendersForAnOfficerWithANation() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "ISL");
        as(officer).get("/admin/accounts").then().statusCode(403).contentType(ContentType.HTML)
                .body(not(containsString("unexpected")));
        as(officer).cookie("cthb-lang", "fr").get("/admin/accounts").then().statusCode(403)
                .contentType(ContentType.HTML);
        problem(as(officer).get("/api/accounts").then(), 403).body("detail", containsString("ADMIN"));
    }

    @Test
    void htmlPagesNameTheParameterToo() {
        String admin = TestAccounts.admin();
        String mission = TestMissions.create("ERR");
        as(admin).get("/nations/ISL/readiness?mission=" + mission + "&page=abc").then().statusCode(400)
                .contentType(ContentType.HTML).body(allOf(containsString("page"), containsString("abc")));
    }
}
