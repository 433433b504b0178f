package org.cthb.readiness.certificate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every GET endpoint under /api, as described by the service's own OpenAPI document, as each role and as an
 * officer of another nation, and checks that no response carries a French deploying member's data.
 */
@QuarkusTest
class NationIsolationTest {

    /** Public by design: anyone holding a certificate number may verify it and see the holder's name and nation. */
    private static final String PUBLIC_VERIFICATION = "/api/certificates/{number}";

    @Test
    void noEndpointShowsAnotherNationsPeople() {
        String marker = "Iso" + UUID.randomUUID().toString().substring(0, 8);
        String learner = Learners.learner("FRA");
        String fra = TestAccounts.create(Role.NATION_OFFICER, "FRA");
        given().auth().preemptive().basic(fra, TestAccounts.PASSWORD).contentType("text/csv")
                .body("national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,start_date\n"
                        + marker + ",Claire," + marker + "Name,military,,female,1991," + learner + ",KFOR,ALL_PERSONNEL,"
                        + LocalDate.now().plusDays(30) + "\n")
                .post("/api/nations/FRA/roster?dryRun=false").then().statusCode(200);
        Learners.passAllBut(learner, 0);
        String number = Learners.as(learner).get("/api/certificates/mine").then().extract().path("[0].number");
        Number attempt = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                (Number) io.quarkus.hibernate.orm.panache.Panache.getEntityManager().createNativeQuery(
                        "select max(q.id) from quiz_attempt q join account a on a.id = q.account_id where a.email = ?1")
                        .setParameter(1, learner).getSingleResult());
        Map<String, String> values = Map.of("iso3", "FRA", "code", "KFOR", "number", number, "id",
                String.valueOf(attempt.longValue()), "version", "1", "module", "why-it-matters", "lesson", "01-a-grave-abuse",
                "question", "q01", "nationalId", marker);

        List<String> callers = List.of(TestAccounts.create(Role.NATION_OFFICER, "DEU"),
                TestAccounts.create(Role.LEARNER, null), TestAccounts.create(Role.AUTHOR, null),
                TestAccounts.create(Role.HQ_STAFF, null));
        List<String> walked = new ArrayList<>();
        for (String path : getPaths()) {
            String url = expand(path, values) + "?mission=KFOR&date=" + LocalDate.now();
            for (String caller : callers) {
                String body = given().auth().preemptive().basic(caller, TestAccounts.PASSWORD).get(url).asString();
                if (!path.equals(PUBLIC_VERIFICATION)) {
                    assertThat(body).as("%s as %s", path, caller).doesNotContain(marker).doesNotContain(learner);
                }
            }
            walked.add(path);
        }
        assertThat(walked).contains("/api/nations/{iso3}/readiness", "/api/nations/{iso3}/readiness/export.csv",
                "/api/certificates/{number}/credential", "/api/certificates/{number}/pdf", "/api/audit",
                "/api/missions/{code}/readiness", "/api/accounts",
                "/api/nations/{iso3}/people/{nationalId}/attempts");
        given().auth().preemptive().basic(callers.get(0), TestAccounts.PASSWORD)
                .get("/api/certificates/" + number + "/credential").then().statusCode(404);
    }

    private static List<String> getPaths() {
        JsonPath openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        return paths.entrySet().stream().filter(e -> e.getKey().startsWith("/api/") && e.getValue().containsKey("get"))
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static String expand(String path, Map<String, String> values) {
        String url = path;
        for (Map.Entry<String, String> v : values.entrySet()) {
            url = url.replace("{" + v.getKey() + "}", v.getValue());
        }
        return url;
    }
}
