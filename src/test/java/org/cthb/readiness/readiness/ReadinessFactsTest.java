package org.cthb.readiness.readiness;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.TestMissions;
import org.cthb.readiness.certificate.Learners;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.standard.Standards;
import org.cthb.readiness.standard.rules.DeploymentRole;
import org.cthb.readiness.standard.rules.Requirement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read model ({@code readiness_fact}, kept by triggers) must give exactly the answer of the records themselves
 * ({@link ReadinessHistory}) after every kind of change: roster import and re-import (new role, renamed person),
 * accounts linked before and after the roster, certificates issued, revoked, changed by SQL, lessons and attempts.
 */
@QuarkusTest
class ReadinessFactsTest {

    private static final String HEADER =
            "national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,start_date\n";

    @Inject
    ReadinessQueries queries;
    @Inject
    ReadinessHistory history;
    @Inject
    ReadinessFacts facts;
    @Inject
    Standards standards;
    @Inject
    EntityManager em;

    private LocalDate today;
    private String tag;
    private String mission;

    /** Every test has a mission of its own, so that its counts are exact. */
    @BeforeEach
    void newContingent() {
        today = LocalDate.now();
        tag = UUID.randomUUID().toString().substring(0, 6);
        mission = TestMissions.create("RF");
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD);
    }

    @Test
    void theReadModelAnswersLikeTheRecordsAfterEveryKindOfChange() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "PRT");
        String certified = Learners.learner("PRT");
        String revoked = Learners.learner("PRT");
        String expiring = Learners.learner("PRT");
        String promoted = Learners.learner("PRT");
        String attemptOnly = Learners.learner("PRT");
        List<String> rows = new ArrayList<>(List.of(
                row("P1", "Ana", "Silva", "female", 1990, certified, "ALL_PERSONNEL", 40),
                row("P2", "Bruno", "Costa", "male", 1985, revoked, "ALL_PERSONNEL", 40),
                row("P3", "Carla", "Sousa", "female", 2003, expiring, "ALL_PERSONNEL", 40),
                row("P4", "Duarte", "Lopes", "male", 1970, promoted, "ALL_PERSONNEL", 40),
                row("P5", "Eva", "Reis", "female", 1999, mail("p5", "prt"), "ALL_PERSONNEL", 40),
                row("P6", "Filipe", "Dias", "male", 1960, mail("p6", "prt"), "ALL_PERSONNEL", 2),
                row("P7", "Gil", "Nunes", "male", 1995, mail("p7", "prt"), "COMMANDER", 90),
                row("P8", "Helena", "Mota", "female", 1980, attemptOnly, "ALL_PERSONNEL", 40)));
        importRoster(officer, "PRT", rows);
        String romanianOfficer = TestAccounts.create(Role.NATION_OFFICER, "ROU");
        importRoster(romanianOfficer, "ROU", List.of(
                row("R1", "Ion", "Popescu", "male", 1988, mail("r1", "rou"), "ALL_PERSONNEL", 1)));

        Learners.passAllBut(certified, 0);
        Learners.passAllBut(revoked, 0);
        Learners.passAllBut(expiring, 0);
        Learners.passAllBut(promoted, 0);
        String number = Learners.as(revoked).get("/api/certificates/mine").then().extract().path("[0].number");
        Learners.as(TestAccounts.admin()).body(Map.of("reason", "Issued in error"))
                .post("/api/certificates/" + number + "/revoke").then().statusCode(200);
        sql("update certificate c join account a on a.id = c.account_id set c.expires_on = ?1 where a.email = ?2",
                today.plusDays(10), expiring);
        int version = Learners.as(attemptOnly).get(Learners.LEARNING + "/dashboard").then().extract().path("version");
        org.cthb.readiness.quiz.LessonsDone.forModule(attemptOnly, version, "why-it-matters");
        Learners.as(attemptOnly).post(Learners.LEARNING + "/versions/" + version + "/modules/why-it-matters/attempts")
                .then().statusCode(200);
        // An account opened after the roster, linked by importing the roster again with its e-mail; renamed, promoted.
        String late = Learners.learner("PRT");
        rows.set(4, rows.get(4).replace(mail("p5", "prt"), late));
        rows.set(0, rows.get(0).replace("Silva", "Silva-Santos"));
        rows.set(3, rows.get(3).replace("ALL_PERSONNEL", "COMMANDER"));
        importRoster(officer, "PRT", rows);
        Learners.as(late).contentType("application/json").body(Map.of())
                .post(Learners.LEARNING + "/versions/" + version + "/modules/why-it-matters/lessons/01-a-grave-abuse/done")
                .then().statusCode(200);

        // Portugal's overlay refuses in-processing: its people lose GRACE while Romania's keep the baseline's.
        int overlays = as(officer).get("/api/nations/PRT/standard/versions").then().statusCode(200)
                .extract().path("size()");
        Learners.as(officer).body(Map.of("basedOn", overlays, "roles",
                        Map.of("ALL_PERSONNEL", Map.of("inProcessingAllowed", false))))
                .put("/api/nations/PRT/standard").then().statusCode(200);
        Requirement baseline = standards.effective("ROU").get(DeploymentRole.ALL_PERSONNEL);
        ReadinessStatus romanian = baseline.inProcessingAllowed() && baseline.graceDays() >= 1
                ? ReadinessStatus.GRACE : ReadinessStatus.NOT_STARTED;
        assertThat(statuses(queries.contingent("ROU", mission, today))).containsEntry("R1", romanian);

        Map<String, ReadinessStatus> now = statuses(queries.contingent("PRT", mission, today));
        assertThat(now).containsEntry("P1", ReadinessStatus.READY)
                .containsEntry("P2", ReadinessStatus.IN_PROGRESS)
                .containsEntry("P3", ReadinessStatus.EXPIRES)
                .containsEntry("P4", ReadinessStatus.IN_PROGRESS)
                .containsEntry("P5", ReadinessStatus.IN_PROGRESS)
                .containsEntry("P6", ReadinessStatus.NOT_STARTED)
                .containsEntry("P7", ReadinessStatus.NOT_STARTED)
                .containsEntry("P8", ReadinessStatus.IN_PROGRESS);
        assertThat(queries.contingent("PRT", mission, today)).extracting(ReadinessQueries.Row::familyName)
                .contains("Silva-Santos" + tag).doesNotContain("Silva" + tag);

        for (LocalDate day : List.of(today, today.plusDays(11), today.plusDays(41), today.plusDays(400))) {
            assertThat(facts.holdOn(day)).as("facts hold on %s", day).isTrue();
            readModelAnswersLikeTheRecords("PRT", day);
            readModelAnswersLikeTheRecords(null, day);
        }
        assertThat(factsRebuiltFromTheRecords(mission, 9)).as("facts kept by the triggers equal facts rebuilt").isTrue();
        assertThat(keptCounts(mission)).as("kept counts").isEqualTo(countedFacts(mission));

        // A deployment removed by hand takes its fact and its count with it.
        sql("delete d from deployment d join person p on p.id = d.person_id where p.national_id = ?1", "P7" + tag);
        assertThat(statuses(queries.contingent("PRT", mission, today))).doesNotContainKey("P7").hasSize(7);
        assertThat(factsRebuiltFromTheRecords(mission, 8)).isTrue();
        assertThat(keptCounts(mission)).isEqualTo(countedFacts(mission));
        assertThat(nonZero(queries.counts("PRT", mission, today)))
                .isEqualTo(counted(history.contingent("PRT", mission, today, GraceWindows.of(standards, "PRT"))));
    }

    @Test
    void aDateBeforeACertificateWasIssuedIsAnsweredFromTheRecords() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "PRT");
        String learner = Learners.learner("PRT");
        importRoster(officer, "PRT", List.of(
                row("Q1", "Ines", "Rocha", "female", 1991, learner, "ALL_PERSONNEL", 60)));
        Learners.passAllBut(learner, 0);

        assertThat(facts.holdOn(today.minusDays(1))).as("a certificate was issued today").isFalse();
        assertThat(statuses(queries.contingent("PRT", mission, today))).containsEntry("Q1", ReadinessStatus.READY);
        assertThat(statuses(queries.contingent("PRT", mission, today.minusDays(1))))
                .containsEntry("Q1", ReadinessStatus.IN_PROGRESS);
        assertThat(queries.counts("PRT", mission, today.minusDays(1)))
                .containsExactly(new ReadinessQueries.Group("PRT", "female", 1991, ReadinessStatus.IN_PROGRESS, 1));
    }

    /** Counts, every order, a page and every status filter: the same from the facts as from the records. */
    private void readModelAnswersLikeTheRecords(String nation, LocalDate day) {
        GraceWindows windows = GraceWindows.of(standards, nation);
        List<ReadinessQueries.Row> exact = history.contingent(nation, mission, day, windows);
        assertThat(nonZero(facts.counts(nation, mission, day, windows)))
                .as("counts of %s on %s", nation, day).isEqualTo(counted(exact));
        for (ReadinessQueries.Order order : ReadinessQueries.Order.values()) {
            assertThat(facts.people(nation, mission, day, windows, null, order, 0, Integer.MAX_VALUE))
                    .as("list of %s on %s by %s", nation, day, order).isEqualTo(sorted(exact, order));
            assertThat(facts.people(nation, mission, day, windows, null, order, 2, 3))
                    .as("page of %s on %s by %s", nation, day, order).isEqualTo(sorted(exact, order).subList(2, 5));
        }
        for (ReadinessStatus status : ReadinessStatus.values()) {
            assertThat(facts.people(nation, mission, day, windows, status, ReadinessQueries.Order.NAME, 0,
                    Integer.MAX_VALUE)).as("%s of %s on %s", status, nation, day)
                    .isEqualTo(exact.stream().filter(r -> r.status() == status).toList());
        }
    }

    private List<String> keptCounts(String mission) {
        return rows("select nation_iso3, gender, birth_year, ready, started, people from readiness_count"
                + " where mission_code = ?1 and people <> 0 order by 1, 2, 3, 4, 5", mission);
    }

    private List<String> countedFacts(String mission) {
        return rows("select nation_iso3, gender, coalesce(birth_year, 0), ready, started, count(*) from readiness_fact"
                + " where mission_code = ?1 group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5", mission);
    }

    private List<String> rows(String query, String mission) {
        return QuarkusTransaction.requiringNew().call(() ->
                render(em.createNativeQuery(query).setParameter(1, mission).getResultList()));
    }

    private boolean factsRebuiltFromTheRecords(String mission, int deployments) {
        String derived = """
                select d.id, p.id, p.nation_iso3, d.mission_code, d.role, d.start_date, p.national_id, p.family_name,
                  p.given_name, p.email, p.gender, p.birth_year, readiness_cert_expiry(p.id, d.role), readiness_started(p.id)
                from deployment d join person p on p.id = d.person_id where d.mission_code = ?1""";
        String kept = """
                select deployment_id, person_id, nation_iso3, mission_code, role, start_date, national_id, family_name,
                  given_name, email, gender, birth_year, cert_expires_on, started
                from readiness_fact where mission_code = ?1""";
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> fromRecords = em.createNativeQuery(derived + " order by 1").setParameter(1, mission).getResultList();
            List<?> fromFacts = em.createNativeQuery(kept + " order by 1").setParameter(1, mission).getResultList();
            return fromRecords.size() == deployments && render(fromRecords).equals(render(fromFacts));
        });
    }

    private static List<String> render(List<?> rows) {
        return rows.stream().map(r -> java.util.Arrays.deepToString((Object[]) r)
                .replace("true", "1").replace("false", "0").replace(".0", "")).toList();
    }

    private Map<String, ReadinessStatus> statuses(List<ReadinessQueries.Row> rows) {
        Map<String, ReadinessStatus> statuses = new HashMap<>();
        rows.stream().filter(r -> r.nationalId().endsWith(tag))
                .forEach(r -> statuses.put(r.nationalId().replace(tag, ""), r.status()));
        return statuses;
    }

    private static Map<ReadinessQueries.Group, Long> nonZero(List<ReadinessQueries.Group> groups) {
        Map<ReadinessQueries.Group, Long> counts = new HashMap<>();
        groups.stream().filter(g -> g.count() > 0).forEach(g -> counts.merge(
                new ReadinessQueries.Group(g.nation(), g.gender(), g.birthYear(), g.status(), 0), g.count(), Long::sum));
        return counts;
    }

    private static Map<ReadinessQueries.Group, Long> counted(List<ReadinessQueries.Row> rows) {
        Map<ReadinessQueries.Group, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(
                new ReadinessQueries.Group(r.nation(), r.gender(), r.birthYear(), r.status(), 0), 1L, Long::sum));
        return counts;
    }

    /** The history rows come in name order; the other orders keep name order among equals. */
    private static List<ReadinessQueries.Row> sorted(List<ReadinessQueries.Row> byName, ReadinessQueries.Order order) {
        List<ReadinessQueries.Row> rows = new ArrayList<>(byName);
        switch (order) {
            case STATUS -> rows.sort(Comparator.comparing(ReadinessQueries.Row::status));
            case START -> rows.sort(Comparator.comparing(ReadinessQueries.Row::startDate));
            default -> { }
        }
        return rows;
    }

    /** A roster row of this test's mission; ids and family names carry the test's tag. */
    private String row(String id, String given, String family, String gender, int birthYear, String email,
                       String role, int startsInDays) {
        return String.join(",", id + tag, given, family + tag, "military", "", gender, String.valueOf(birthYear),
                email, mission, role, today.plusDays(startsInDays).toString());
    }

    private String mail(String who, String domain) {
        return who + "-" + tag + "@" + domain + ".example";
    }

    private static void importRoster(String officer, String nation, List<String> rows) {
        as(officer).contentType("text/csv").body(HEADER + String.join("\n", rows) + "\n")
                .post("/api/nations/" + nation + "/roster?dryRun=false").then().statusCode(200);
    }

    private void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}
