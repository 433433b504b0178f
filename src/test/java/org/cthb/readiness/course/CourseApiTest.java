package org.cthb.readiness.course;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.Csrf;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class CourseApiTest {

    private static RequestSpecification asAuthor() {
        return Csrf.with(given().auth().preemptive().basic(TestAccounts.create(Role.AUTHOR, null), TestAccounts.PASSWORD));
    }

    @Test
    void validateAnswers200ForAValidZipAnd422WithEveryProblem() {
        String id = CourseZips.freshId();
        asAuthor().multiPart("file", "c.zip", CourseZips.zip("valid", id), "application/zip")
                .post("/api/courses/validate").then().statusCode(200).body("valid", equalTo(true))
                .body("contentHash", notNullValue());
        asAuthor().multiPart("file", "c.zip", CourseZips.zip("script-in-markdown", id), "application/zip")
                .post("/api/courses/validate").then().statusCode(422).body("valid", equalTo(false))
                .body("problems", hasSize(5))
                .body("problems[0].file", equalTo("01-basics/01-intro.en.md"))
                .body("problems[0].line", equalTo(14))
                .body("problems[0].message", equalTo("raw HTML <script> is not allowed"));
    }

    @Test
    void importCreatesAVersionAndIdenticalContentIsANoOp() {
        String id = CourseZips.freshId();
        byte[] zip = CourseZips.zip("valid", id);
        asAuthor().multiPart("file", "c.zip", zip).post("/api/courses/import").then().statusCode(201)
                .body("version", equalTo(1)).body("created", equalTo(true));
        asAuthor().multiPart("file", "c.zip", zip).post("/api/courses/import").then().statusCode(200)
                .body("version", equalTo(1)).body("created", equalTo(false));
        asAuthor().multiPart("file", "c.zip", CourseZips.changed(id)).post("/api/courses/import").then()
                .statusCode(201).body("version", equalTo(2));
        asAuthor().get("/api/courses/" + id + "/versions").then().statusCode(200)
                .body("version", contains(2, 1)).body("current", contains(true, false));
    }

    @Test
    void invalidImportKeepsTheServedVersion() {
        String id = CourseZips.freshId();
        asAuthor().multiPart("file", "c.zip", CourseZips.zip("valid", id)).post("/api/courses/import")
                .then().statusCode(201);
        asAuthor().multiPart("file", "c.zip", CourseZips.zip("draw-larger-than-pool", id)).post("/api/courses/import")
                .then().statusCode(422).body("problems[0].message", equalTo("draw 3 is larger than the pool of 2 questions"));
        asAuthor().get("/api/courses/" + id + "/versions").then().statusCode(200).body("version", contains(1));
        asAuthor().get("/api/courses").then().body("find { it.id == '" + id + "' }.currentVersion", equalTo(1));
    }

    @Test
    void exportedVersionImportsBackAsTheSameContent() {
        String id = CourseZips.freshId();
        asAuthor().multiPart("file", "c.zip", CourseZips.zip("valid-sensitive", id)).post("/api/courses/import")
                .then().statusCode(201);
        byte[] exported = asAuthor().get("/api/courses/" + id + "/versions/1/export").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        asAuthor().multiPart("file", "export.zip", exported).post("/api/courses/import").then().statusCode(200)
                .body("created", equalTo(false)).body("version", equalTo(1));
    }

    @Test
    void shippedCourseIsPublishedAtStartUp() {
        asAuthor().get("/api/courses").then().statusCode(200).body("id", hasItem("cthb-predeployment"))
                .body("find { it.id == 'cthb-predeployment' }.languages", contains("en", "fr"));
    }

    @Test
    void uploadsAreCheckedAndRolesEnforced() {
        asAuthor().multiPart("other", "c.zip", new byte[]{1}).post("/api/courses/validate").then().statusCode(400)
                .body("field", equalTo("file"));
        asAuthor().multiPart("file", "c.zip", "not a zip".getBytes()).post("/api/courses/validate").then()
                .statusCode(400).body("field", equalTo("file"));
        Csrf.with(given().auth().preemptive().basic(TestAccounts.create(Role.LEARNER, null), TestAccounts.PASSWORD))
                .multiPart("file", "c.zip", CourseZips.zip("valid", CourseZips.freshId()))
                .post("/api/courses/import").then().statusCode(403);
        Csrf.with(given()).multiPart("file", "c.zip", new byte[]{1}).post("/api/courses/import").then().statusCode(401);
        // A script with its own credentials needs no CSRF token (a browser session would).
        given().auth().preemptive().basic(TestAccounts.create(Role.AUTHOR, null), TestAccounts.PASSWORD)
                .multiPart("file", "c.zip", CourseZips.zip("valid", CourseZips.freshId()))
                .post("/api/courses/import").then().statusCode(201);
        asAuthor().get("/api/courses/no-such-course/versions/1/export").then().statusCode(404);
    }
}
