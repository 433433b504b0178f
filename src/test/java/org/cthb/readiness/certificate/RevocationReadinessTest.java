package org.cthb.readiness.certificate;

import io.quarkus.test.junit.QuarkusTest;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Readiness reads certificates: a certified deploying member is READY, and no longer once revoked. */
@QuarkusTest
class RevocationReadinessTest {

    @Test
    void aRevokedCertificateIsNoLongerReady() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "HRV");
        String learner = Learners.learner("HRV");
        String id = "R" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate start = LocalDate.now().plusDays(40);
        given().auth().preemptive().basic(officer, TestAccounts.PASSWORD).contentType("text/csv")
                .body("national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,start_date\n"
                        + id + ",Ana,Horvat,military,,female,1992," + learner + ",KFOR,ALL_PERSONNEL," + start + "\n")
                .post("/api/nations/HRV/roster?dryRun=false").then().statusCode(200);
        Learners.passAllBut(learner, 0);
        String number = Learners.as(learner).get("/api/certificates/mine").then().statusCode(200)
                .extract().path("[0].number");
        String readiness = "/api/nations/HRV/readiness?mission=KFOR&date=" + LocalDate.now();
        given().auth().preemptive().basic(officer, TestAccounts.PASSWORD).get(readiness).then().statusCode(200)
                .body("people.find { it.nationalId == '" + id + "' }.status", equalTo("READY"));
        given().auth().preemptive().basic(TestAccounts.admin(), TestAccounts.PASSWORD).contentType("application/json")
                .body(Map.of("reason", "Issued in error")).post("/api/certificates/" + number + "/revoke")
                .then().statusCode(200);
        given().auth().preemptive().basic(officer, TestAccounts.PASSWORD).get(readiness).then().statusCode(200)
                .body("people.find { it.nationalId == '" + id + "' }.status", equalTo("IN_PROGRESS"));
    }
}
