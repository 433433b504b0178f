package org.cthb.readiness.learning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import org.cthb.readiness.Sessions;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.certificate.Learners;
import org.cthb.readiness.database.StatementCounting;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Standards are cached (parsed once per version), yet a change shows on the very next page: saved through the API
 * on this instance, or stored by another instance behind the same load balancer (a row written straight into the
 * database, as that instance's save would).
 */
@QuarkusTest
@TestProfile(StatementCounting.class)
class CachedStandardsTest {

    /** A nation no other test gives an overlay. */
    static final String NATION = "SVN";

    @Test
    void anOverlaySavedThroughTheApiShowsOnTheLearnersNextPage() {
        String learner = Learners.learner(NATION);
        Map<String, String> browser = Sessions.signIn(learner);
        String officer = TestAccounts.create(Role.NATION_OFFICER, NATION);
        int before = overlayVersion(officer);
        // Read once, so that the standard is in the cache before it changes.
        assertThat(dashboardPage(browser)).doesNotContain(NATION + " overlay " + (before + 1));
        int passMark = Learners.as(learner).get(Learners.LEARNING + "/dashboard").then().extract()
                .path("modules[0].passMark");

        saveOverlay(officer, before, passMark + 1);
        assertThat(dashboardPage(browser)).contains(NATION + " overlay " + (before + 1));
        Learners.as(learner).get(Learners.LEARNING + "/dashboard").then().statusCode(200)
                .body("modules[0].passMark", equalTo(passMark + 1));

        // A second change too, not only the first fill of the cache.
        saveOverlay(officer, before + 1, passMark + 2);
        assertThat(dashboardPage(browser)).contains(NATION + " overlay " + (before + 2));
        Learners.as(learner).get(Learners.LEARNING + "/dashboard").then().statusCode(200)
                .body("modules[0].passMark", equalTo(passMark + 2));
    }

    @Test
    void aVersionStoredByAnotherInstanceShowsOnTheNextPageToo() {
        String learner = Learners.learner(NATION);
        Map<String, String> browser = Sessions.signIn(learner);
        String officer = TestAccounts.create(Role.NATION_OFFICER, NATION);
        int before = overlayVersion(officer);
        dashboardPage(browser);
        String rules = before == 0 ? "{}" : QuarkusTransaction.requiringNew().call(() -> (String) em()
                .createNativeQuery("select rules from standard_version where scope = ?1 and version_no = ?2")
                .setParameter(1, NATION).setParameter(2, before).getSingleResult());
        // Another instance's save: a row in the database, with no call through this instance's service.
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("""
                        insert into standard_version (scope, version_no, rules, note, created_at, created_by)
                        values (?1, ?2, ?3, 'saved on another instance', current_timestamp, 'elsewhere')""")
                .setParameter(1, NATION).setParameter(2, before + 1).setParameter(3, rules).executeUpdate());
        assertThat(dashboardPage(browser)).contains(NATION + " overlay " + (before + 1));
    }

    @Test
    void aBaselineSavedThroughTheApiShowsOnTheNextPage() {
        String admin = TestAccounts.admin();
        String learner = Learners.learner(null);
        JsonPath baseline = Learners.as(admin).get("/api/standards/baseline").then().statusCode(200).extract()
                .jsonPath();
        int version = baseline.getInt("version");
        Map<String, Object> roles = baseline.getMap("roles");
        @SuppressWarnings("unchecked")
        Map<String, Object> all = new java.util.HashMap<>((Map<String, Object>) roles.get("ALL_PERSONNEL"));
        int mark = ((Number) all.get("passMark")).intValue();
        int quizMark = Learners.as(learner).get(Learners.LEARNING + "/dashboard").then().statusCode(200).extract()
                .path("modules[0].passMark");
        assertThat(mark).isLessThan(100);
        Map<String, Object> raised = new java.util.HashMap<>(roles);
        all.put("passMark", Math.max(mark, quizMark) + 1);
        raised.put("ALL_PERSONNEL", all);
        Learners.as(admin).body(Map.of("basedOn", version, "note", "Stricter, for a test", "roles", raised))
                .put("/api/standards/baseline").then().statusCode(200);
        try {
            Learners.as(learner).get(Learners.LEARNING + "/dashboard").then().statusCode(200)
                    .body("modules[0].passMark", equalTo(Math.max(mark, quizMark) + 1));
        } finally {
            // Back as it was, for the tests that follow.
            Learners.as(admin).body(Map.of("basedOn", version + 1, "note", "Restored after a test", "roles", roles))
                    .put("/api/standards/baseline").then().statusCode(200);
        }
        Learners.as(learner).get(Learners.LEARNING + "/dashboard").then().statusCode(200)
                .body("modules[0].passMark", equalTo(quizMark));
    }

    private static int overlayVersion(String officer) {
        List<Integer> versions = Learners.as(officer).get("/api/nations/" + NATION + "/standard/versions").then()
                .statusCode(200).extract().path("version");
        return versions.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static void saveOverlay(String officer, int basedOn, int passMark) {
        Learners.as(officer).body(Map.of("basedOn", basedOn, "note", "Cache test",
                        "roles", Map.of("ALL_PERSONNEL", Map.of("passMark", passMark))))
                .put("/api/nations/" + NATION + "/standard").then().statusCode(200);
    }

    private static String dashboardPage(Map<String, String> browser) {
        return Sessions.as(browser).get("/learn").then().statusCode(200).extract().asString();
    }

    private static EntityManager em() {
        return CDI.current().select(EntityManager.class).get();
    }
}
