package org.cthb.readiness.certificate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

/**
 * The effective standard decides what a learner must pass, at which mark, how long the certificate lasts, which
 * roles it covers and whether a deployment may finish training at in-processing. MNE has an overlay in this class
 * only; SVN follows the baseline.
 */
@QuarkusTest
class StandardCertificationTest {

    private static final String HEADER =
            "national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,start_date\n";

    @Test
    void aNationalOverlayAddsModulesRaisesTheMarkAndShortensValidityOnTheCertificate() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "MNE");
        int overlay = saveOverlay(officer, Map.of("ALL_PERSONNEL", Map.of("extraModules", List.of("trainers"),
                "passMark", 90, "validityMonths", 12, "inProcessingAllowed", false)));
        String learner = Learners.learner("MNE");
        JsonPath dashboard = Learners.as(learner).get(Learners.LEARNING + "/dashboard").then().statusCode(200)
                .extract().jsonPath();
        assertThat(dashboard.getList("modules.moduleId", String.class)).contains("why-it-matters", "trainers")
                .doesNotContain("commanders");
        assertThat(dashboard.getList("modules.passMark", Integer.class)).containsOnly(90);
        assertThat(dashboard.getString("standard")).isEqualTo("NATO CTHB baseline with MNE overlay " + overlay);

        Learners.passAllBut(learner, 0);
        JsonPath certificate = Learners.as(learner).get("/api/certificates/mine").then().statusCode(200)
                .extract().jsonPath();
        LocalDate issued = LocalDate.parse(certificate.getString("[0].issuedOn"));
        assertThat(LocalDate.parse(certificate.getString("[0].expiresOn"))).isEqualTo(issued.plusMonths(12));
        assertThat(certificate.getString("[0].standard")).contains("MNE overlay " + overlay);
        assertThat(certificate.getInt("[0].standardVersion"))
                .isEqualTo(Learners.as(learner).get("/api/standards/baseline").then().extract().<Integer>path("version"));
    }

    @Test
    void inProcessingGraceFollowsTheNationsStandard() {
        String mne = TestAccounts.create(Role.NATION_OFFICER, "MNE");
        String svn = TestAccounts.create(Role.NATION_OFFICER, "SVN");
        saveOverlay(mne, Map.of("ALL_PERSONNEL", Map.of("inProcessingAllowed", false)));
        LocalDate soon = LocalDate.now().plusDays(3);
        String id = "G" + UUID.randomUUID().toString().substring(0, 8);
        roster(mne, "MNE", HEADER + id + ",Mila,Vukovic,civilian,,female,1990," + id + "@mne.example,KFOR,ALL_PERSONNEL," + soon + "\n");
        roster(svn, "SVN", HEADER + id + ",Ana,Novak,civilian,,female,1990," + id + "@svn.example,KFOR,ALL_PERSONNEL," + soon + "\n");
        assertThat(status(mne, "MNE", id)).isEqualTo("NOT_STARTED");
        assertThat(status(svn, "SVN", id)).isEqualTo("GRACE");
    }

    @Test
    void aCertificateCoversTheRolesItWasEarnedForAndANewRoleAsksForItsModules() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "SVN");
        String learner = Learners.learner("SVN");
        String id = "C" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate start = LocalDate.now().plusDays(60);
        roster(officer, "SVN", HEADER + id + ",Jure,Kranjc,military,OF-3,male,1980," + learner + ",KFOR,ALL_PERSONNEL,"
                + start + "\n");
        Learners.passAllBut(learner, 0);
        assertThat(status(officer, "SVN", id)).isEqualTo("READY");

        // Now deployed as a commander: the certificate never met the commanders' standard.
        roster(officer, "SVN", HEADER + id + ",Jure,Kranjc,military,OF-3,male,1980," + learner + ",KFOR,COMMANDER,"
                + start + "\n");
        assertThat(status(officer, "SVN", id)).isEqualTo("IN_PROGRESS");
        Learners.as(learner).get(Learners.LEARNING + "/dashboard").then().statusCode(200)
                .body("modules.moduleId", hasItem("commanders"))
                .body("next.moduleId", equalTo("commanders"));
        // Passed core modules stay passed: only the new module is taken, and it certifies the new role.
        Learners.as(learner).post(Learners.LEARNING + "/versions/" + version(learner) + "/modules/why-it-matters/attempts")
                .then().statusCode(409).body("detail", containsString("certified until"));
        Learners.passAllBut(learner, 0);
        Learners.as(learner).get("/api/certificates/mine").then().statusCode(200)
                .body("size()", equalTo(2)).body("status", everyItem(equalTo("VALID")));
        assertThat(status(officer, "SVN", id)).isEqualTo("READY");
    }

    private static int version(String learner) {
        return Learners.as(learner).get(Learners.LEARNING + "/dashboard").then().extract().path("version");
    }

    private static int saveOverlay(String officer, Map<String, Object> roles) {
        String nation = "/api/nations/MNE/standard";
        int current = Learners.as(officer).get(nation + "/versions").then().statusCode(200).extract().path("size()");
        return Learners.as(officer).body(Map.of("basedOn", current, "roles", roles)).put(nation).then()
                .statusCode(200).extract().path("version");
    }

    private static void roster(String officer, String nation, String csv) {
        given().auth().preemptive().basic(officer, TestAccounts.PASSWORD).contentType("text/csv").body(csv)
                .post("/api/nations/" + nation + "/roster?dryRun=false").then().log().ifValidationFails().statusCode(200);
    }

    private static String status(String officer, String nation, String id) {
        return given().auth().preemptive().basic(officer, TestAccounts.PASSWORD)
                .get("/api/nations/" + nation + "/readiness?mission=KFOR&date=" + LocalDate.now()).then()
                .statusCode(200).extract().path("people.find { it.nationalId == '" + id + "' }.status");
    }
}
