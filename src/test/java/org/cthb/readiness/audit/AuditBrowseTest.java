package org.cthb.readiness.audit;

import io.quarkus.test.junit.QuarkusTest;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class AuditBrowseTest {

    @Test
    void officersSeeOnlyTheirNationsEntriesAndViewsAreRecordedWithTheirAddress() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "NOR");
        given().auth().preemptive().basic(officer, TestAccounts.PASSWORD)
                .get("/api/nations/NOR/readiness?mission=KFOR").then().statusCode(200);
        given().auth().preemptive().basic(TestAccounts.create(Role.NATION_OFFICER, "DNK"), TestAccounts.PASSWORD)
                .get("/api/nations/DNK/readiness?mission=KFOR").then().statusCode(200);
        given().auth().preemptive().basic(officer, TestAccounts.PASSWORD).get("/api/audit?nation=DNK").then()
                .statusCode(200).body("nation", everyItem(equalTo("NOR")))
                .body("find { it.actor == '" + officer + "' }.action", equalTo("READINESS_VIEWED"))
                .body("find { it.actor == '" + officer + "' }.from", equalTo("127.0.0.1"));
        given().auth().preemptive().basic(TestAccounts.admin(), TestAccounts.PASSWORD).get("/api/audit?nation=DNK")
                .then().statusCode(200).body("nation", everyItem(equalTo("DNK"))).body("nation", not(hasItem("NOR")));
        given().auth().preemptive().basic(TestAccounts.create(Role.LEARNER, null), TestAccounts.PASSWORD)
                .get("/api/audit").then().statusCode(403);
    }
}
