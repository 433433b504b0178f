package org.cthb.readiness.standard;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Minimum standards through the API: the baseline read off the course, edited by ADMIN only as new versions, and
 * national overlays that may tighten it but are refused, naming what they weaken, when they would weaken it.
 * Overlays here use nations no other test class uses (ISL, LUX), since the test database is shared.
 */
@QuarkusTest
class StandardApiTest {

    private static final String BASELINE = "/api/standards/baseline";

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    @Test
    void theFirstBaselineIsReadOffTheCourseRoles() {
        as(TestAccounts.create(Role.LEARNER, null)).get(BASELINE).then().statusCode(200)
                .body("scope", equalTo("NATO"))
                .body("roles.ALL_PERSONNEL.modules", hasItems("why-it-matters", "reporting"))
                .body("roles.ALL_PERSONNEL.modules", not(hasItem("commanders")))
                .body("roles.COMMANDER.modules", equalTo(List.of("commanders")))
                .body("roles.ALL_PERSONNEL.passMark", equalTo(80))
                .body("roles.ALL_PERSONNEL.validityMonths", equalTo(24));
    }

    @Test
    void onlyAnAdministratorEditsTheBaseline() {
        JsonPath current = as(TestAccounts.admin()).get(BASELINE).then().extract().jsonPath();
        Map<String, Object> edit = Map.of("basedOn", current.getInt("version"), "roles", current.getMap("roles"));
        as(TestAccounts.create(Role.NATION_OFFICER, "ISL")).body(edit).put(BASELINE).then().statusCode(403);
        as(TestAccounts.create(Role.LEARNER, null)).body(edit).put(BASELINE).then().statusCode(403);
        given().contentType(ContentType.JSON).body(edit).put(BASELINE).then().statusCode(401);
    }

    @Test
    void savingTheBaselineAddsAVersionAndAStaleEditIsRefused() {
        String admin = TestAccounts.admin();
        JsonPath current = as(admin).get(BASELINE).then().extract().jsonPath();
        int version = current.getInt("version");
        Map<String, Object> roles = current.getMap("roles");
        as(admin).body(Map.of("basedOn", version, "note", "Reviewed, unchanged", "roles", roles)).put(BASELINE)
                .then().statusCode(200).body("version", equalTo(version + 1))
                .body("note", equalTo("Reviewed, unchanged")).body("createdBy", equalTo(admin));
        // A second editor who loaded the same version cannot overwrite the first one's save.
        as(admin).body(Map.of("basedOn", version, "roles", roles)).put(BASELINE).then().statusCode(409)
                .body("field", equalTo("basedOn"))
                .body("detail", containsString("is at version " + (version + 1)));
        as(admin).get(BASELINE + "/versions").then().statusCode(200)
                .body("version", hasItems(version + 1, version));
        as(admin).get(BASELINE + "/versions/" + version).then().statusCode(200).body("version", equalTo(version));
        as(admin).get(BASELINE + "/versions/9999").then().statusCode(404);
    }

    @Test
    void aBadBaselineIsRefusedNamingTheField() {
        String admin = TestAccounts.admin();
        int version = as(admin).get(BASELINE).then().extract().path("version");
        Map<String, Object> core = Map.of("modules", List.of("why-it-matters"), "passMark", 120,
                "validityMonths", 24, "inProcessingAllowed", true, "graceDays", 14);
        as(admin).body(Map.of("basedOn", version, "roles", Map.of("ALL_PERSONNEL", core))).put(BASELINE)
                .then().statusCode(400).body("field", equalTo("roles.ALL_PERSONNEL"))
                .body("detail", containsString("pass mark must be between 0 and 100, not 120"));
        Map<String, Object> unknownModule = Map.of("modules", List.of("no-such-module"), "passMark", 80,
                "validityMonths", 24, "inProcessingAllowed", true, "graceDays", 14);
        as(admin).body(Map.of("basedOn", version, "roles", Map.of("ALL_PERSONNEL", unknownModule))).put(BASELINE)
                .then().statusCode(400).body("field", equalTo("roles.ALL_PERSONNEL.modules"))
                .body("detail", containsString("no module no-such-module"));
        as(admin).body(Map.of("basedOn", version, "roles", Map.of("ASTRONAUT", core))).put(BASELINE)
                .then().statusCode(400).body("field", equalTo("roles.ASTRONAUT"));
        as(admin).body(Map.of("basedOn", version, "roles", Map.of("COMMANDER", Map.of("modules", List.of(),
                "passMark", 80, "validityMonths", 24, "inProcessingAllowed", true)))).put(BASELINE)
                .then().statusCode(400).body("field", equalTo("roles.COMMANDER.graceDays"));
        as(admin).body(Map.of("roles", Map.of())).put(BASELINE).then().statusCode(400)
                .body("field", equalTo("basedOn"));
        as(admin).get(BASELINE).then().body("version", equalTo(version));
    }

    @Test
    void anOverlayThatWeakensTheBaselineIsRefusedNamingEachWeakening() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "ISL");
        Map<String, Object> weaker = Map.of("droppedModules", List.of("reporting"), "passMark", 70,
                "validityMonths", 36);
        as(officer).body(Map.of("basedOn", 0, "roles", Map.of("ALL_PERSONNEL", weaker)))
                .put("/api/nations/ISL/standard").then().statusCode(400)
                .body("detail", containsString("drops module 'reporting' that the baseline requires"))
                .body("detail", containsString("pass mark 70 is lower than the baseline's 80"))
                .body("detail", containsString("validity of 36 months is longer than the baseline's 24"));
        as(officer).get("/api/nations/ISL/standard").then().statusCode(200).body("overlay", nullValue());
    }

    @Test
    void anOfficerSeesAndEditsOnlyTheirOwnNationsOverlay() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "ISL");
        as(officer).get("/api/nations/LUX/standard").then().statusCode(404);
        as(officer).get("/api/nations/LUX/standard/versions").then().statusCode(404);
        as(officer).body(Map.of("basedOn", 0, "roles", Map.of("ALL_PERSONNEL", Map.of("passMark", 90))))
                .put("/api/nations/LUX/standard").then().statusCode(404);
        as(TestAccounts.create(Role.LEARNER, "LUX")).get("/api/nations/LUX/standard").then().statusCode(403);
        as(TestAccounts.admin()).get("/api/nations/LUX/standard").then().statusCode(200)
                .body("nation", equalTo("LUX"));
    }

    @Test
    void aStricterOverlayIsSavedAsVersionsAndTightensTheEffectiveStandard() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "LUX");
        int before = as(officer).get("/api/nations/LUX/standard/versions").then().statusCode(200)
                .extract().path("size()");
        Map<String, Object> stricter = Map.of("passMark", 90, "validityMonths", 12, "inProcessingAllowed", false);
        Map<String, Object> commander = Map.of("extraModules", List.of("reporting", "trainers"));
        as(officer).body(Map.of("basedOn", before, "note", "National directive 12",
                        "roles", Map.of("ALL_PERSONNEL", stricter, "COMMANDER", commander)))
                .put("/api/nations/LUX/standard").then().statusCode(200).body("version", equalTo(before + 1));
        as(officer).get("/api/nations/LUX/standard").then().statusCode(200)
                .body("overlay.version", equalTo(before + 1))
                .body("effective.ALL_PERSONNEL.passMark", equalTo(90))
                .body("effective.ALL_PERSONNEL.validityMonths", equalTo(12))
                .body("effective.ALL_PERSONNEL.inProcessingAllowed", equalTo(false))
                .body("effective.ALL_PERSONNEL.graceDays", equalTo(0))
                .body("effective.COMMANDER.modules", hasItems("commanders", "trainers", "why-it-matters"))
                .body("effective.COMMANDER.passMark", equalTo(90));
        // The same edit again, from the version it was based on, is stale.
        as(officer).body(Map.of("basedOn", before, "roles", Map.of("ALL_PERSONNEL", stricter)))
                .put("/api/nations/LUX/standard").then().statusCode(409);
        as(TestAccounts.admin()).get("/api/audit?action=STANDARD_CHANGED").then().statusCode(200)
                .body("subjectId", hasItem("LUX overlay v" + (before + 1)));
    }
}
