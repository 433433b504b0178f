package org.cthb.readiness.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.certificate.Learners;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.integrations.NodeChecks;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole course run, as Latvia's LRS receives it: every statement passes Learning Locker's xAPI validator, names
 * its activities in English and French, carries a registration and its context activities, and the learner is one
 * actor although a roster links their account half-way.
 */
@QuarkusTest
@TestProfile(ScriptedLrsProfile.class)
class XapiCourseRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ScriptedLrs LRS = ScriptedLrs.INSTANCE;

    @Inject
    CourseCatalog catalog;

    @Test
    void aFullCourseRunIsValidXapiAnLrsUserCanRead() throws Exception {
        LRS.set("LVA", ScriptedLrs.Mode.ACCEPT);
        String email = Learners.learner("LVA");
        long accountId = QuarkusTransaction.requiringNew().call(() -> Account.byEmail(email).orElseThrow().id);
        JsonPath dashboard = Learners.as(email).get(Learners.LEARNING + "/dashboard").then().statusCode(200)
                .extract().jsonPath();
        int version = dashboard.getInt("version");
        CourseContent content = catalog.current("cthb-predeployment").content();
        List<String> modules = dashboard.getList("modules.moduleId");
        for (int i = 0; i < modules.size(); i++) {
            String moduleId = modules.get(i);
            for (CourseContent.LessonContent lesson : content.module(moduleId).orElseThrow().lessons()) {
                Learners.as(email).body(Map.of()).post(Learners.LEARNING + "/versions/" + version + "/modules/"
                        + moduleId + "/lessons/" + lesson.name() + "/done").then().statusCode(200);
            }
            if (i == 0) {
                failOnce(email, version, moduleId);
            }
            Learners.pass(email, version, moduleId);
            if (i == modules.size() / 2) {
                linkThroughRoster(email);
            }
        }

        List<String> ids = QuarkusTransaction.requiringNew().call(() -> XapiOutboxEntry.<XapiOutboxEntry>list(
                "nation = 'LVA' and createdAt >= ?1 order by id", Instant.now().minusSeconds(900)).stream()
                .filter(e -> e.statement.contains(actorOf(accountId))).map(e -> e.statementId).toList());
        assertThat(ids).hasSizeGreaterThan(modules.size() * 4);
        await(() -> LRS.of("LVA").keySet().containsAll(ids));
        ArrayNode statements = JSON.createArrayNode();
        for (String id : ids) {
            statements.add(JSON.readTree(LRS.of("LVA").get(id)));
        }

        // Learning Locker's validator accepts every one.
        Path file = Files.createTempFile("course-run", ".json");
        try {
            Files.writeString(file, JSON.writeValueAsString(statements));
            NodeChecks.Run run = NodeChecks.node("validate-xapi.js", 120, file.toAbsolutePath().toString());
            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(run.output()).contains(ids.size() + " statements, 0 problems");
        } finally {
            Files.deleteIfExists(file);
        }

        Set<String> actors = new HashSet<>();
        Set<String> verbs = new HashSet<>();
        Set<String> quizRegistrations = new HashSet<>();
        for (JsonNode s : statements) {
            actors.add(s.path("actor").toString());
            String verb = s.path("verb").path("id").asText();
            verbs.add(verb.substring(verb.lastIndexOf('/') + 1));
            assertThat(s.path("verb").path("display").path("fr-FR").asText()).isNotBlank();
            JsonNode name = s.path("object").path("definition").path("name");
            assertThat(name.path("en-US").asText()).as("English name of %s", s.path("object").path("id"))
                    .isNotBlank();
            assertThat(name.path("fr-FR").asText()).as("French name of %s", s.path("object").path("id"))
                    .isNotBlank();
            assertThat(s.path("object").path("definition").path("type").asText())
                    .startsWith("http://adlnet.gov/expapi/activities/");
            String registration = s.path("context").path("registration").asText();
            assertThat(UUID.fromString(registration).toString()).isEqualTo(registration);
            JsonNode grouping = s.path("context").path("contextActivities").path("grouping");
            assertThat(grouping.toString()).as("grouping of %s", s.path("id"))
                    .contains("/xapi/activities/course/cthb-predeployment\"");
            String objectId = s.path("object").path("id").asText();
            if (!objectId.endsWith("/v" + version)) {
                // The course version is the parent (of a module) or in the grouping (of everything below).
                assertThat(s.path("context").path("contextActivities").path("parent").isArray()).isTrue();
                assertThat(s.path("context").path("contextActivities").toString())
                        .contains("/xapi/activities/course/cthb-predeployment/v" + version + "\"");
            }
            if (objectId.endsWith("/quiz")) {
                quizRegistrations.add(registration);
            }
        }
        // One person, one actor, whatever the roster did half-way.
        assertThat(actors).hasSize(1);
        assertThat(verbs).contains("launched", "experienced", "attempted", "answered", "failed", "passed",
                "completed");
        // Each attempt is a registration of its own: one per module, plus the failed first attempt.
        assertThat(quizRegistrations).hasSize(modules.size() + 1);

        // Display names are the course's titles, not its ids.
        String first = modules.get(0);
        CourseContent.ModuleContent module = content.module(first).orElseThrow();
        CourseContent.LessonContent lesson = module.lessons().get(0);
        JsonNode experienced = statements.findParents("object").stream()
                .filter(s -> s.path("object").path("id").asText().endsWith("/lesson/" + lesson.name()))
                .findFirst().orElseThrow();
        assertThat(experienced.path("object").path("definition").path("name").path("en-US").asText())
                .isEqualTo(lesson.en().title());
        assertThat(experienced.path("object").path("definition").path("name").path("fr-FR").asText())
                .isEqualTo(lesson.fr().title());
        assertThat(experienced.path("context").path("contextActivities").path("parent").get(0).path("definition")
                .path("name").path("fr-FR").asText()).isEqualTo(module.title().fr());
    }

    /** A first attempt with no answer at all: failed, and its statements are a registration of their own. */
    private static void failOnce(String email, int version, String moduleId) {
        long id = Learners.as(email).post(Learners.LEARNING + "/versions/" + version + "/modules/" + moduleId
                + "/attempts").then().statusCode(200).extract().jsonPath().getLong("id");
        Learners.as(email).post(Learners.LEARNING + "/attempts/" + id + "/submit").then().statusCode(200)
                .body("passed", org.hamcrest.Matchers.equalTo(false));
        // The cool-down after a failure is the course's rule; this run goes on as if it had passed.
        QuarkusTransaction.requiringNew().run(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("update quiz_attempt set started_at = started_at - interval 2 day,"
                        + " submitted_at = submitted_at - interval 2 day where id = ?1")
                .setParameter(1, id).executeUpdate());
    }

    private static void linkThroughRoster(String email) {
        String national = "XR" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().auth().preemptive().basic(TestAccounts.create(Role.NATION_OFFICER, "LVA"), TestAccounts.PASSWORD)
                .contentType("text/csv").body("national_id;given_name;family_name;category;rank;gender;birth_year;"
                        + "email;mission;role;start_date\n" + national + ";Ilze;Ozola;military;;female;1991;" + email
                        + ";KFOR;ALL_PERSONNEL;2027-03-01\n")
                .post("/api/nations/LVA/roster?dryRun=false").then().statusCode(200);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Account.byEmail(email).orElseThrow().personId))
                .isNotNull();
    }

    private static String actorOf(long accountId) {
        return jakarta.enterprise.inject.spi.CDI.current().select(LearningRecords.class).get().actor(accountId);
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for every statement to reach the LRS");
            }
            Thread.sleep(200);
        }
    }
}
