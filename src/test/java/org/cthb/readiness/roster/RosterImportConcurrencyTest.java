package org.cthb.readiness.roster;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.roster.RosterImportProgressTest.awaitEnd;
import static org.cthb.readiness.roster.RosterImportProgressTest.roster;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A running import as the officer sees it, held after its first batch (see {@link ImportPause}): rows done of
 * the total in the API and on the page; a second import of the same nation refused while it runs; another nation's
 * import runs meanwhile; and no officer sees another nation's running import.
 */
@QuarkusTest
class RosterImportConcurrencyTest {

    @Inject
    ImportPause pause;
    @Inject
    RosterImportRuns runs;

    @AfterEach
    void letGo() {
        pause.release();
    }

    @Test
    void aRunningImportShowsRowsDoneOfTheTotalThenItsFinalCounts() throws Exception {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "NOR");
        pause.arm("NOR");
        String location = as(officer).contentType("text/csv").body(roster(RosterImportTest.ids(), 2500))
                .post("/api/nations/NOR/roster?dryRun=false&async=true").then().statusCode(202)
                .extract().header("Location");
        pause.awaitHeld();
        as(officer).get(location).then().statusCode(200).body("status", equalTo("RUNNING"))
                .body("phase", equalTo("WRITING")).body("rowsDone", equalTo(1000)).body("rowsTotal", equalTo(2500))
                .body("rowsWritten", equalTo(1000)).body("rowsRead", equalTo(2500))
                .body("batchesCommitted", equalTo(1));
        String page = location.substring(location.indexOf("/nations/"));
        as(officer).get(page).then().statusCode(200)
                .body(containsString("<progress id=\"import-progress\" max=\"2500\" value=\"1000\">"))
                .body(containsString("1000 of 2500 rows written"));
        pause.release();
        JsonPath done = awaitEnd(officer, location);
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getLong("rowsDone")).isEqualTo(2500);
        assertThat(done.getLong("rowsTotal")).isEqualTo(2500);
        assertThat(done.getInt("batchesCommitted")).isEqualTo(3);
    }

    @Test
    void aSecondImportOfTheSameNationIsRefusedWhileTheFirstRunsAndAnotherNationsRunsMeanwhile() throws Exception {
        String bel = TestAccounts.create(Role.NATION_OFFICER, "BEL");
        String otherBel = TestAccounts.create(Role.NATION_OFFICER, "BEL");
        String nld = TestAccounts.create(Role.NATION_OFFICER, "NLD");
        pause.arm("BEL");
        String first = as(bel).contentType("text/csv").body(roster(RosterImportTest.ids(), 1500))
                .post("/api/nations/BEL/roster?dryRun=false&async=true").then().statusCode(202)
                .extract().header("Location");
        pause.awaitHeld();
        long running = Long.parseLong(first.substring(first.lastIndexOf('/') + 1));
        String second = RosterImportTest.ids();
        // Refused whether it would run in the background or be waited for, and whoever of the nation asks.
        as(otherBel).contentType("text/csv").body(roster(second, 3))
                .post("/api/nations/BEL/roster?dryRun=false&async=true").then().statusCode(409)
                .contentType(containsString("application/problem+json")).body("field", equalTo("import"))
                .body("detail", containsString("Import " + running + " of this nation is still running"))
                .body("detail", containsString("1000 of 1500 rows written"));
        as(bel).contentType("text/csv").body(roster(second, 3)).post("/api/nations/BEL/roster?dryRun=false")
                .then().statusCode(409).body("detail", containsString("one import per nation runs at a time"));
        // A dry run writes nothing and is still answered.
        as(bel).contentType("text/csv").body(roster(second, 3)).post("/api/nations/BEL/roster")
                .then().statusCode(200).body("created", equalTo(3));
        // Another nation's import is not held up by it.
        JsonPath other = awaitEnd(nld, as(nld).contentType("text/csv").body(roster(RosterImportTest.ids(), 1200))
                .post("/api/nations/NLD/roster?dryRun=false&async=true").then().statusCode(202).extract()
                .header("Location"));
        assertThat(other.getString("status")).isEqualTo("DONE");
        assertThat(other.getLong("rowsWritten")).isEqualTo(1200);
        as(bel).get(first).then().body("status", equalTo("RUNNING")).body("rowsWritten", equalTo(1000));
        // Nobody of another nation sees the running import, by the API or the page.
        as(nld).get(first).then().statusCode(404);
        as(nld).get("/api/nations/NLD/roster/imports/" + running).then().statusCode(404);
        as(nld).get("/nations/BEL/roster/imports/" + running).then().statusCode(404);
        as(nld).get("/api/nations/BEL/roster/imports").then().statusCode(404);
        pause.release();
        assertThat(awaitEnd(bel, first).getLong("rowsWritten")).isEqualTo(1500);
        // Once it has ended, the nation imports again.
        as(otherBel).contentType("text/csv").body(roster(second, 3)).post("/api/nations/BEL/roster?dryRun=false")
                .then().statusCode(200).body("applied", equalTo(true)).body("created", equalTo(3));
    }

    @Test
    void aRunStoppedByARestartNoLongerBlocksTheNation() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "DNK");
        long stale = runs.begin("DNK", "old.csv", officer);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> RosterImportRun.update(
                "updatedAt = ?1 where id = ?2", java.time.Instant.now().minus(RosterImportRuns.STALLED).minusSeconds(1),
                stale));
        as(officer).contentType("text/csv").body(roster(RosterImportTest.ids(), 2))
                .post("/api/nations/DNK/roster?dryRun=false").then().statusCode(200).body("applied", equalTo(true));
    }

    @Test
    void whileTheFileIsCheckedTheRunSaysSoWithoutATotal() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "ISL");
        long id = runs.begin("ISL", "big.csv", officer);
        runs.rowsChecked(id, 20000);
        as(officer).get("/api/nations/ISL/roster/imports/" + id).then().statusCode(200)
                .body("phase", equalTo("CHECKING")).body("rowsDone", equalTo(20000)).body("rowsTotal", nullValue());
        as(officer).get("/nations/ISL/roster/imports/" + id).then().statusCode(200)
                .body(containsString("Checking the file: 20000 rows checked so far"));
        runs.failed(id, "test over", false);
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD);
    }
}
