package org.cthb.readiness.roster;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class RosterImportTest {

    static final String HEADER = "national_id;given_name;family_name;category;rank;gender;birth_year;email;mission;role;start_date\n";

    static RequestSpecification officer(String nation) {
        return given().auth().preemptive().basic(TestAccounts.create(Role.NATION_OFFICER, nation), TestAccounts.PASSWORD)
                .contentType("text/csv; charset=UTF-8");
    }

    static String row(String id, String family, String mission, String start) {
        return id + ";Alex;" + family + ";military;Sgt;female;1990;" + id.toLowerCase() + "@mil.example;" + mission
                + ";ALL_PERSONNEL;" + start + "\n";
    }

    static String ids() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void dryRunShowsWhatEachRowWouldDoAndWritesNothing() {
        String a = ids();
        String csv = "\uFEFF" + HEADER + row(a, "Martin", "KFOR", "2027-03-01") + row(ids(), "Dupont", "NOPE", "2027-03-01")
                + ids() + ";Sam;Roy;soldier;;male;1985;s@x.example;KFOR;ALL_PERSONNEL;2027-03-01\n";
        officer("FRA").body(csv).post("/api/nations/FRA/roster").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("rows", equalTo(3)).body("created", equalTo(1))
                .body("rejected", equalTo(2))
                .body("outcomes.action", contains("CREATE", "REJECTED", "REJECTED"))
                .body("outcomes[1].errors[0].column", equalTo("mission"))
                .body("outcomes[2].errors[0].row", equalTo(4))
                .body("outcomes[2].errors[0].column", equalTo("category"));
        officer("FRA").body(HEADER + row(a, "Martin", "KFOR", "2027-03-01")).post("/api/nations/FRA/roster")
                .then().body("created", equalTo(1)).body("updated", equalTo(0));
    }

    @Test
    void aRejectedRowRefusesTheWholeCommit() {
        String a = ids();
        String csv = HEADER + row(a, "Martin", "KFOR", "2027-03-01") + row(ids(), "Dupont", "KFOR", "not-a-date");
        officer("FRA").body(csv).post("/api/nations/FRA/roster?dryRun=false").then().statusCode(422)
                .body("applied", equalTo(false)).body("rejected", equalTo(1));
        officer("FRA").body(HEADER + row(a, "Martin", "KFOR", "2027-03-01")).post("/api/nations/FRA/roster")
                .then().body("created", equalTo(1));
    }

    @Test
    void commitIsIdempotentByNationalId() {
        String a = ids();
        String b = ids();
        String csv = HEADER + row(a, "Martin", "KFOR", "2027-03-01") + row(b, "Dupont", "NMI", "2027-04-01");
        officer("FRA").body(csv).post("/api/nations/FRA/roster?dryRun=false").then().statusCode(200)
                .body("applied", equalTo(true)).body("created", equalTo(2));
        officer("FRA").body(csv.replace("Martin", "Martin-Leroy")).post("/api/nations/FRA/roster?dryRun=false")
                .then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(2));
    }

    @Test
    void anOfficerCannotTouchAnotherNationsRoster() {
        officer("DEU").body(HEADER + row(ids(), "Martin", "KFOR", "2027-03-01")).post("/api/nations/FRA/roster")
                .then().statusCode(404);
        given().auth().preemptive().basic(TestAccounts.create(Role.LEARNER, null), TestAccounts.PASSWORD)
                .contentType("text/csv").body(HEADER).post("/api/nations/FRA/roster").then().statusCode(403);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedNamingThem() {
        officer("FRA").body("national_id,given_name\nX1,Alex\n").post("/api/nations/FRA/roster").then()
                .statusCode(200).body("outcomes", hasSize(1)).body("outcomes[0].errors[0].row", equalTo(1));
    }
}
