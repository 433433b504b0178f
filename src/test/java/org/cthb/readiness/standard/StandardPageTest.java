package org.cthb.readiness.standard;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** The standards pages: forms that save through the same checks as the API, with a CSRF token, in English and French. */
@QuarkusTest
class StandardPageTest {

    @Test
    void anOfficerSavesAStricterOverlayThroughTheForm() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "ISL");
        Response page = get(officer, "/nations/ISL/standard");
        page.then().statusCode(200).body(containsString("name=\"COMMANDER.extraModules\""));
        String basedOn = page.htmlPath().getString("**.find { it.@name == 'basedOn' }.@value");
        String saved = form(officer, page).formParam("basedOn", basedOn).formParam("PROCUREMENT.passMark", "95")
                .formParam("PROCUREMENT.extraModules", "reporting").formParam("note", "Form test")
                .post("/nations/ISL/standard").then().statusCode(303).extract().header("Location");
        get(officer, saved).then().statusCode(200).body(containsString("role=\"status\""));
        given().auth().preemptive().basic(officer, TestAccounts.PASSWORD).get("/api/nations/ISL/standard").then()
                .body("effective.PROCUREMENT.passMark", equalTo(95))
                .body("effective.ALL_PERSONNEL.passMark", equalTo(80));
    }

    @Test
    void aWeakeningOverlayIsRefusedOnThePageAndWhatWasTypedStays() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "ISL");
        Response page = get(officer, "/nations/ISL/standard");
        String basedOn = page.htmlPath().getString("**.find { it.@name == 'basedOn' }.@value");
        form(officer, page).formParam("basedOn", basedOn).formParam("COMMANDER.graceDays", "60")
                .post("/nations/ISL/standard").then().statusCode(400)
                .body(containsString("grace window of 60 days is wider than the baseline"))
                .body(containsString("value=\"60\""))
                .body(containsString("aria-invalid=\"true\""));
    }

    @Test
    void aFormWithoutCsrfTokenIsRefused() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "ISL");
        // A browser signed in by its session cookie (Basic credentials, as scripts send them, need no token).
        org.cthb.readiness.Sessions.as(org.cthb.readiness.Sessions.signIn(officer))
                .formParam("basedOn", "0").formParam("ALL_PERSONNEL.passMark", "99")
                .post("/nations/ISL/standard").then().statusCode(403);
        given().auth().preemptive().basic(officer, TestAccounts.PASSWORD).get("/api/nations/ISL/standard").then()
                .body("effective.ALL_PERSONNEL.passMark", not(equalTo(99)));
    }

    @Test
    void theBaselinePageOffersTheFormOnlyToAdministrators() {
        get(TestAccounts.admin(), "/standards").then().statusCode(200)
                .body(containsString("name=\"ALL_PERSONNEL.passMark\""));
        get(TestAccounts.create(Role.NATION_OFFICER, "ISL"), "/standards").then().statusCode(200)
                .body(not(containsString("name=\"ALL_PERSONNEL.passMark\"")))
                .body(containsString("/nations/ISL/standard"));
        given().auth().preemptive().basic(TestAccounts.create(Role.NATION_OFFICER, "ISL"), TestAccounts.PASSWORD)
                .cookie("cthb-lang", "fr").get("/standards").then().statusCode(200)
                .body(containsString("Socle OTAN, version"));
        get(TestAccounts.create(Role.NATION_OFFICER, "ISL"), "/nations/LUX/standard").then().statusCode(404);
    }

    private static Response get(String email, String path) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).get(path);
    }

    private static io.restassured.specification.RequestSpecification form(String email, Response page) {
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).redirects().follow(false)
                .cookies(page.cookies()).formParam("csrf-token", token);
    }
}
