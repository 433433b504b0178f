package org.cthb.readiness.readiness;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.TestMissions;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ReadinessTest {

    static final String HEADER = "national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,start_date\n";

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD);
    }

    /** A fresh nation-sized world: the roster lands in NMI with unique people, so counts are this test's own. */
    private static String importRoster(String officer, String csv) {
        as(officer).contentType("text/csv").body(csv).post("/api/nations/EST/roster?dryRun=false").then().statusCode(200);
        return csv;
    }

    @Test
    void statusesCountsAndDisaggregationForAMissionAndDate() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "EST");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now();
        String learnerEmail = "learner-" + tag + "@est.example";
        String csv = HEADER
                + "A" + tag + ",Kai,Tamm,military,,male,1990," + learnerEmail + ",FLF,ALL_PERSONNEL," + today.plusDays(60) + "\n"
                + "B" + tag + ",Liis,Kask,civilian,,female,1970,b" + tag + "@est.example,FLF,COMMANDER," + today.plusDays(60) + "\n"
                + "C" + tag + ",Mari,=cmd|' /C calc'!A0,contractor,,female,2004,c" + tag + "@est.example,FLF,ALL_PERSONNEL," + today.plusDays(3) + "\n";
        importRoster(officer, csv);
        String learner = TestAccounts.create(Role.LEARNER, "EST");
        // The learner's account e-mail differs; link by importing the roster again with their e-mail.
        importRoster(officer, csv.replace(learnerEmail, learner));
        int version = as(learner).get("/api/learning/dashboard").then().extract().path("version");
        as(learner).contentType("application/json").body(Map.of())
                .post("/api/learning/versions/" + version + "/modules/why-it-matters/lessons/01-a-grave-abuse/done")
                .then().statusCode(200);

        as(officer).get("/api/nations/EST/readiness?mission=FLF&date=" + today + "&sort=name").then().statusCode(200)
                .body("people.findAll { it.nationalId.endsWith('" + tag + "') }", hasSize(3))
                .body("people.find { it.nationalId == 'A" + tag + "' }.status", equalTo("IN_PROGRESS"))
                .body("people.find { it.nationalId == 'B" + tag + "' }.status", equalTo("NOT_STARTED"))
                .body("people.find { it.nationalId == 'C" + tag + "' }.status", equalTo("GRACE"))
                .body("byGender.female.GRACE", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("byAgeBand.'under 25'.GRACE", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        as(officer).get("/api/nations/EST/readiness?mission=FLF&date=" + today + "&status=GRACE").then()
                .body("people.status.unique()", org.hamcrest.Matchers.contains("GRACE"));
        String export = as(officer).get("/api/nations/EST/readiness/export.csv?mission=FLF&date=" + today)
                .then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(export).contains("'=cmd").doesNotContain(",=cmd");
    }

    @Test
    void theListComesInPagesSortedByNameWhileCountsCoverEveryone() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "EST");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder(HEADER);
        for (String family : List.of("Zeta", "alpha", "Mu")) {
            csv.append("P").append(family).append(tag).append(",Eva,").append(family).append(tag)
                    .append(",civilian,,female,1985,").append(family).append(tag)
                    .append("@est.example,NMI,ALL_PERSONNEL,2027-09-01\n");
        }
        importRoster(officer, csv.toString());
        String mine = "people.findAll { it.familyName.endsWith('" + tag + "') }.familyName";
        String url = "/api/nations/EST/readiness?mission=NMI&date=2027-01-01&size=1000";
        as(officer).get(url).then().statusCode(200)
                .body(mine, org.hamcrest.Matchers.contains("alpha" + tag, "Mu" + tag, "Zeta" + tag));
        int total = as(officer).get(url).then().extract().path("total");
        as(officer).get("/api/nations/EST/readiness?mission=NMI&date=2027-01-01&size=2&page=0").then().statusCode(200)
                .body("people", hasSize(2)).body("size", equalTo(2)).body("page", equalTo(0))
                .body("listed", equalTo(total)).body("total", equalTo(total));
        int lastPage = (total - 1) / 2;
        as(officer).get("/api/nations/EST/readiness?mission=NMI&date=2027-01-01&size=2&page=" + lastPage).then()
                .statusCode(200).body("people", hasSize(total - 2 * lastPage));
        as(officer).get("/api/nations/EST/readiness?mission=NMI&size=0").then().statusCode(400)
                .body("field", equalTo("size"));
        as(officer).get("/api/nations/EST/readiness?mission=NMI&page=-1").then().statusCode(400)
                .body("field", equalTo("page"));
    }

    @Test
    void officersSeeOnlyTheirOwnNationAndBadInputIsNamed() {
        String other = TestAccounts.create(Role.NATION_OFFICER, "LVA");
        as(other).get("/api/nations/EST/readiness?mission=FLF&date=2027-01-01").then().statusCode(404);
        as(other).get("/api/nations/EST/readiness/export.xlsx?mission=FLF").then().statusCode(404);
        as(other).get("/api/nations/LVA/readiness?mission=FLF&date=01/02/2027").then().statusCode(400)
                .body("field", equalTo("date"));
        as(other).get("/api/nations/LVA/readiness?mission=NOPE").then().statusCode(404);
        as(TestAccounts.create(Role.LEARNER, null)).get("/api/nations/LVA/readiness?mission=FLF").then().statusCode(403);
        as(other).get("/nations/LVA/readiness?mission=FLF").then().statusCode(200)
                .body(containsString("class=\"bar\"")).body(not(containsString("Tamm")));
    }

    @Test
    void natoStaffSeeCountsAcrossNationsWithSmallCellsSuppressedAndNoNames() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "LTU");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        as(officer).contentType("text/csv").body(HEADER + "Q" + tag + ",Ona,Zukauskaite,military,,female,1980,q" + tag
                + "@ltu.example,NMI,ALL_PERSONNEL,2027-05-01\n").post("/api/nations/LTU/roster?dryRun=false")
                .then().statusCode(200);
        String hq = TestAccounts.create(Role.HQ_STAFF, null);
        String body = as(hq).get("/api/missions/NMI/readiness?date=2027-01-01").then().statusCode(200)
                .body("byNation.rows", org.hamcrest.Matchers.hasItem("LTU"))
                .body("byNation.columns", org.hamcrest.Matchers.hasItem("NOT_STARTED"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain("Zukauskaite").doesNotContain("Q" + tag)
                .contains("<5");
        as(officer).get("/api/missions/NMI/readiness").then().statusCode(403);
    }

    @Test
    void aMissionNoOneDeploysToYetHasZeroCountsForNatoAndForANation() {
        String mission = TestMissions.create("EMPTY");
        as(TestAccounts.create(Role.HQ_STAFF, null)).get("/api/missions/" + mission + "/readiness").then()
                .statusCode(200)
                .body("byNation.rows", contains("total"))
                .body("byNation.cells[0]", everyItem(equalTo("0")))
                .body("byGender.rows", contains("total"));
        String officer = TestAccounts.create(Role.NATION_OFFICER, "LTU");
        as(officer).get("/api/nations/LTU/readiness?mission=" + mission)
                .then().statusCode(200).body("total", equalTo(0)).body("people", hasSize(0))
                .body("counts.NOT_STARTED", equalTo(0));
        as(officer).get("/nations/LTU/readiness?mission=" + mission).then().statusCode(200);
    }
}
