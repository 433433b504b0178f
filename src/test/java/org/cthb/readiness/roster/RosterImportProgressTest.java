package org.cthb.readiness.roster;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.cthb.readiness.Csrf;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A committed roster import is a run an officer can follow: rows and batches written, then DONE or FAILED. */
@QuarkusTest
class RosterImportProgressTest {

    @Inject
    RosterImportRuns runs;

    static String roster(String prefix, int rows) {
        StringBuilder csv = new StringBuilder(RosterImportTest.HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(RosterImportTest.row(prefix + i, "Martin", "KFOR", "2027-03-01"));
        }
        return csv.toString();
    }

    @Test
    void aWaitedForImportAnswersWithItsRunWhichIsDone() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "FRA");
        long id = as(officer).contentType("text/csv").body(roster(RosterImportTest.ids(), 3))
                .post("/api/nations/FRA/roster?dryRun=false").then().statusCode(200)
                .body("applied", equalTo(true)).extract().jsonPath().getLong("importId");
        as(officer).get("/api/nations/FRA/roster/imports/" + id).then().statusCode(200)
                .body("status", equalTo("DONE")).body("rowsRead", equalTo(3)).body("rowsWritten", equalTo(3))
                .body("batchesCommitted", equalTo(1)).body("startedBy", equalTo(officer))
                .body("fileName", equalTo("roster.csv"));
        as(officer).get("/api/nations/FRA/roster/imports").then().statusCode(200).body("id", hasItem((int) id));
    }

    @Test
    void anAsynchronousImportAnswers202AndItsProgressLeadsToDone() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "FRA");
        Response accepted = as(officer).contentType("text/csv").body(roster(RosterImportTest.ids(), 2500))
                .post("/api/nations/FRA/roster?dryRun=false&async=true");
        accepted.then().statusCode(202).body("status", equalTo("RUNNING"));
        String location = accepted.header("Location");
        assertThat(location).endsWith("/api/nations/FRA/roster/imports/" + accepted.jsonPath().getLong("id"));
        JsonPath done = awaitEnd(officer, location);
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getLong("rowsWritten")).isEqualTo(2500);
        assertThat(done.getInt("batchesCommitted")).isEqualTo(3);
        assertThat(done.getString("finishedAt")).isNotNull();
    }

    @Test
    void aRejectedRowMarksTheRunFailedWithTheReason() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "FRA");
        String csv = roster(RosterImportTest.ids(), 2) + RosterImportTest.row(RosterImportTest.ids(), "Roy", "NOPE",
                "2027-03-01");
        String location = as(officer).contentType("text/csv").body(csv)
                .post("/api/nations/FRA/roster?dryRun=false&async=true").then().statusCode(202)
                .extract().header("Location");
        JsonPath failed = awaitEnd(officer, location);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("message")).contains("1 of 3 rows are rejected");
        assertThat(failed.getLong("rowsWritten")).isZero();
    }

    @Test
    void asyncIsOnlyForCommittedImports() {
        as(TestAccounts.create(Role.NATION_OFFICER, "FRA")).contentType("text/csv").body(roster("X", 1))
                .post("/api/nations/FRA/roster?async=true").then().statusCode(400).body("field", equalTo("async"));
    }

    @Test
    void anotherNationsImportsAnswer404() {
        String fra = TestAccounts.create(Role.NATION_OFFICER, "FRA");
        long id = as(fra).contentType("text/csv").body(roster(RosterImportTest.ids(), 1))
                .post("/api/nations/FRA/roster?dryRun=false").then().statusCode(200).extract().jsonPath()
                .getLong("importId");
        String deu = TestAccounts.create(Role.NATION_OFFICER, "DEU");
        as(deu).get("/api/nations/FRA/roster/imports/" + id).then().statusCode(404);
        as(deu).get("/api/nations/DEU/roster/imports/" + id).then().statusCode(404);
        as(deu).get("/api/nations/FRA/roster/imports").then().statusCode(404);
        as(deu).get("/api/nations/DEU/roster/imports").then().statusCode(200).body("id", not(hasItem((int) id)));
        as(deu).get("/nations/FRA/roster/imports/" + id).then().statusCode(404);
    }

    @Test
    void theProgressPageRefreshesItselfOnlyWhenAskedAndWhileRunning() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "FRA");
        long id = runs.begin("FRA", "contingent.csv", officer);
        runs.rowsRead(id, 4000);
        runs.batchCommitted(id, 1000);
        as(officer).get("/nations/FRA/roster/imports/" + id).then().statusCode(200)
                .body(not(containsString("http-equiv=\"refresh\"")))
                .body(containsString("?follow=true\">Refresh automatically every 2 seconds</a>"));
        as(officer).cookie("cthb-lang", "fr").get("/nations/FRA/roster/imports/" + id + "?follow=true").then()
                .statusCode(200)
                .body(containsString("<meta http-equiv=\"refresh\" content=\"2\">"))
                .body(containsString("<label for=\"import-progress\">Lignes écrites</label>"))
                .body(containsString("<progress id=\"import-progress\" max=\"4000\" value=\"1000\">"))
                .body(containsString("1000 lignes écrites sur 4000, en 1 lots"));
        runs.failed(id, "disk full", false);
        as(officer).get("/nations/FRA/roster/imports/" + id + "?follow=true").then().statusCode(200)
                .body(not(containsString("http-equiv=\"refresh\"")))
                .body(containsString("The import failed: disk full"));
    }

    @Test
    void theImportButtonOfThePageLeadsToTheProgressPage() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "FRA");
        String location = Csrf.with(as(officer)).multiPart("file", "contingent.csv",
                        roster(RosterImportTest.ids(), 2).getBytes(), "text/csv").multiPart("action", "import")
                .redirects().follow(false).post("/nations/FRA/roster").then().statusCode(303)
                .extract().header("Location");
        assertThat(location).contains("/nations/FRA/roster/imports/");
        String api = location.substring(location.indexOf("/nations/")).replace("/nations/", "/api/nations/");
        assertThat(awaitEnd(officer, api).getString("fileName")).isEqualTo("contingent.csv");
        as(officer).get("/nations/FRA/roster").then().statusCode(200).body(containsString("contingent.csv"));
    }

    private static io.restassured.specification.RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD);
    }

    static JsonPath awaitEnd(String officer, String location) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonPath run = as(officer).get(location).then().statusCode(200).extract().jsonPath();
            if (!"RUNNING".equals(run.getString("status")) || Instant.now().isAfter(deadline)) {
                return run;
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
