package org.cthb.readiness.web;

import io.quarkus.test.junit.QuarkusTest;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void healthReportsTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("Database connections health check"));
    }

    @Test
    void metricsAreForAdministratorsOnly() {
        // Anonymous: challenged (Basic 401, or the sign-in page's redirect for a browser), never the numbers.
        given().redirects().follow(false).get("/q/metrics").then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(401), org.hamcrest.Matchers.is(302)))
                .body(org.hamcrest.Matchers.not(containsString("http_server_requests")));
        given().auth().preemptive().basic(TestAccounts.create(Role.LEARNER, null), TestAccounts.PASSWORD)
                .get("/q/metrics").then().statusCode(403);
        given().auth().preemptive().basic(TestAccounts.admin(), TestAccounts.PASSWORD).get("/q/metrics").then()
                .statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void openApiDescribesTheJsonApiButNotThePages() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/learning/attempts/{id}/submit"))
                .body(containsString("/api/nations/{iso3}/readiness"))
                .body(org.hamcrest.Matchers.not(containsString("\"/learn\"")));
    }

    @Test
    void staticFilesAreCompressedAndCached() {
        given().header("Accept-Encoding", "gzip").get("/static/app.css").then().statusCode(200)
                .header("Cache-Control", containsString("max-age")).header("Content-Encoding", "gzip");
    }

    @Test
    void unknownPagesAnswerALocalisedNotFoundPage() {
        given().header("Accept-Language", "fr").get("/no-such-page").then().statusCode(404)
                .body(containsString("Page introuvable")).body(containsString("class=\"support\""));
        given().get("/api/no-such-endpoint").then().statusCode(404).contentType("application/problem+json");
    }
}
