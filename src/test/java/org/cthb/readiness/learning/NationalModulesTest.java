package org.cthb.readiness.learning;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.Sessions;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.certificate.Learners;
import org.cthb.readiness.course.NationalOverlays;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * A nation's own module (merged from its overlay) for that nation's learners only, and only when that nation's
 * standard requires it: two nations, GRC (A) and ITA (B), side by side. Neither the baseline nor another nation's
 * standard may require it; another nation's learner never sees it on the dashboard, and a direct URL to its lessons
 * or quiz answers 404, through the API and the pages. Its quiz counts towards the certificate.
 */
@QuarkusTest
class NationalModulesTest {

    static final String A = NationalOverlays.A;
    static final String B = NationalOverlays.B;

    @BeforeEach
    void overlaysAndStandards() {
        NationalOverlays.importBoth();
        require(A, List.of(NationalOverlays.moduleOf(A)));
        require(B, List.of(NationalOverlays.moduleOf(B)));
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    /** The nation's standard requires these modules of all personnel (a new version unless it already does). */
    private static void require(String nation, List<String> modules) {
        String officer = TestAccounts.create(Role.NATION_OFFICER, nation);
        JsonPath standard = as(officer).get("/api/nations/" + nation + "/standard").then().statusCode(200)
                .extract().jsonPath();
        if (modules.equals(standard.getList("overlay.roles.ALL_PERSONNEL.extraModules"))) {
            return;
        }
        Integer basedOn = standard.get("overlay.version");
        as(officer).body(Map.of("basedOn", basedOn == null ? 0 : basedOn, "note", "National law module",
                        "roles", Map.of("ALL_PERSONNEL", Map.of("extraModules", modules))))
                .put("/api/nations/" + nation + "/standard").then().statusCode(200);
    }

    @Test
    void eachNationsLearnerSeesTheirOwnNationalModuleAndNeverTheOther() {
        String a = Learners.learner(A);
        String b = Learners.learner(B);
        String none = Learners.learner(null);
        JsonPath dashboardA = as(a).get("/api/learning/dashboard").then().statusCode(200).extract().jsonPath();
        JsonPath dashboardB = as(b).get("/api/learning/dashboard").then().statusCode(200).extract().jsonPath();
        assertThat(dashboardA.getList("modules.moduleId")).contains("why-it-matters", "grc-national-law")
                .doesNotContain("ita-national-law");
        assertThat(dashboardB.getList("modules.moduleId")).contains("why-it-matters", "ita-national-law")
                .doesNotContain("grc-national-law");
        assertThat(as(none).get("/api/learning/dashboard").then().statusCode(200).extract().jsonPath()
                .getList("modules.moduleId")).contains("why-it-matters")
                .doesNotContain("grc-national-law", "ita-national-law");

        // The pages: the dashboard links a learner's own national module, never the other nation's.
        String pageA = Sessions.as(Sessions.signIn(a)).get("/learn").then().statusCode(200).extract().asString();
        String pageB = Sessions.as(Sessions.signIn(b)).get("/learn").then().statusCode(200).extract().asString();
        assertThat(pageA).contains("National law (GRC test fixture)").doesNotContain("ITA test fixture");
        assertThat(pageB).contains("National law (ITA test fixture)").doesNotContain("GRC test fixture");
    }

    @Test
    void aDirectUrlToAnotherNationsModuleIsNotFound() {
        String a = Learners.learner(A);
        String b = Learners.learner(B);
        int versionA = as(a).get("/api/learning/dashboard").then().extract().path("version");
        int versionB = as(b).get("/api/learning/dashboard").then().extract().path("version");
        String lessonA = "/versions/" + versionA + "/modules/grc-national-law/lessons/01-intro";
        String lessonB = "/versions/" + versionB + "/modules/grc-national-law/lessons/01-intro";

        as(a).get("/api/learning" + lessonA).then().statusCode(200).body("moduleId", equalTo("grc-national-law"))
                .body("html", containsString("stands in for a nation"));
        as(b).get("/api/learning" + lessonB).then().statusCode(404).contentType("application/problem+json");
        as(b).body(Map.of()).post("/api/learning" + lessonB + "/done").then().statusCode(404);
        as(b).post("/api/learning/versions/" + versionB + "/modules/grc-national-law/attempts").then()
                .statusCode(404);

        Map<String, String> browserB = Sessions.signIn(b);
        Sessions.as(browserB).get("/learn/v/" + versionB + "/grc-national-law/01-intro").then().statusCode(404);
        Sessions.as(browserB).get("/learn/v/" + versionB + "/grc-national-law/quiz").then().statusCode(404);
        Sessions.as(Sessions.signIn(a)).get("/learn/v/" + versionA + "/grc-national-law/01-intro").then()
                .statusCode(200);
        as(b).get("/api/learning/dashboard").then().body("modules.moduleId", not(hasItem("grc-national-law")));
    }

    @Test
    void onlyItsOwnNationsStandardMayRequireANationalModule() {
        String officerB = TestAccounts.create(Role.NATION_OFFICER, B);
        Integer basedOn = as(officerB).get("/api/nations/" + B + "/standard").then().extract().path("overlay.version");
        as(officerB).body(Map.of("basedOn", basedOn, "roles", Map.of("ALL_PERSONNEL",
                        Map.of("extraModules", List.of("ita-national-law", "grc-national-law")))))
                .put("/api/nations/" + B + "/standard").then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("roles.ALL_PERSONNEL.extraModules"))
                .body("detail", containsString("grc-national-law"));

        String admin = TestAccounts.admin();
        JsonPath baseline = as(admin).get("/api/standards/baseline").then().statusCode(200).extract().jsonPath();
        assertThat(baseline.getList("roles.ALL_PERSONNEL.modules")).doesNotContain("grc-national-law",
                "ita-national-law");
        Map<String, Object> roles = new java.util.HashMap<>(baseline.getMap("roles"));
        Map<String, Object> core = new java.util.HashMap<>(baseline.getMap("roles.ALL_PERSONNEL"));
        List<Object> modules = new java.util.ArrayList<>(baseline.getList("roles.ALL_PERSONNEL.modules"));
        modules.add("grc-national-law");
        core.put("modules", modules);
        roles.put("ALL_PERSONNEL", core);
        as(admin).body(Map.of("basedOn", baseline.getInt("version"), "roles", roles)).put("/api/standards/baseline")
                .then().statusCode(400).body("field", equalTo("roles.ALL_PERSONNEL.modules"))
                .body("detail", containsString("grc-national-law"));

        // The nation's own editor offers its national module, and only its own.
        String officerA = TestAccounts.create(Role.NATION_OFFICER, A);
        String editor = Sessions.as(Sessions.signIn(officerA)).get("/nations/" + A + "/standard").then().statusCode(200)
                .extract().asString();
        assertThat(editor).contains("grc-national-law").doesNotContain("ita-national-law");
    }

    @Test
    void theNationalModuleCountsTowardsTheCertificateOfItsNationsLearners() {
        String a = Learners.learner(A);
        JsonPath dashboard = as(a).get("/api/learning/dashboard").then().statusCode(200).extract().jsonPath();
        List<String> modules = dashboard.getList("modules.moduleId");
        assertThat(modules.get(modules.size() - 1)).isEqualTo("grc-national-law");
        Learners.passAllBut(a, 1);
        as(a).get("/api/certificates/mine").then().statusCode(200).body("size()", equalTo(0));
        Learners.pass(a, dashboard.getInt("version"), "grc-national-law");
        as(a).get("/api/certificates/mine").then().statusCode(200).body("size()", equalTo(1))
                .body("[0].standard", containsString(A + " overlay"));
    }
}
