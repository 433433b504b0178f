package org.cthb.readiness.quiz;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A learner who used every attempt gets another only from a person: their nation's officer or an administrator. */
@QuarkusTest
class AttemptGrantTest {

    private static final String MODULE = "reporting";

    @Inject
    CourseCatalog catalog;

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).redirects().follow(false);
    }

    @Test
    void anOfficerOfTheLearnersNationGrantsAnotherAttemptWithAReason() {
        Learner learner = lockedOutLearner("ISL");
        String start = "/api/learning/versions/" + learner.version + "/modules/" + MODULE + "/attempts";
        as(learner.email).contentType(ContentType.JSON).post(start).then().statusCode(409)
                .body("detail", containsString("used all 3 attempts"));
        as(learner.email).get("/learn").then().statusCode(200).body(containsString("Your training officer can grant"));

        String grants = "/api/nations/ISL/people/" + learner.nationalId + "/attempt-grants";
        as(TestAccounts.create(Role.NATION_OFFICER, "FRA")).contentType(ContentType.JSON)
                .body(Map.of("module", MODULE, "extraAttempts", 1, "reason", "Sick on the day"))
                .post(grants).then().statusCode(403);
        as(learner.email).contentType(ContentType.JSON)
                .body(Map.of("module", MODULE, "extraAttempts", 1, "reason", "I want one")).post(grants).then()
                .statusCode(403);
        String officer = TestAccounts.create(Role.NATION_OFFICER, "ISL");
        as(officer).contentType(ContentType.JSON).body(Map.of("module", MODULE, "extraAttempts", 1)).post(grants)
                .then().statusCode(400).body("field", equalTo("reason"));
        as(officer).contentType(ContentType.JSON).body(Map.of("module", "nope", "extraAttempts", 1, "reason", "x"))
                .post(grants).then().statusCode(400).body("field", equalTo("module"))
                .body("detail", containsString(MODULE));
        as(officer).contentType(ContentType.JSON).body(Map.of("module", MODULE, "extraAttempts", 50, "reason", "x"))
                .post(grants).then().statusCode(400).body("field", equalTo("extraAttempts"));
        as(learner.email).contentType(ContentType.JSON).post(start).then().statusCode(409);

        as(officer).contentType(ContentType.JSON)
                .body(Map.of("module", MODULE, "extraAttempts", 1, "reason", "Sick on the day")).post(grants).then()
                .statusCode(201).body("extraAttempts", equalTo(1)).body("grantedBy", equalTo(officer));

        as(learner.email).get("/api/learning/dashboard").then().statusCode(200)
                .body("modules.find { it.moduleId == '" + MODULE + "' }.attemptsAllowed", equalTo(4))
                .body("modules.find { it.moduleId == '" + MODULE + "' }.attemptsGranted", equalTo(1));
        as(learner.email).get("/learn").then().statusCode(200).body(containsString("you may take this quiz again"))
                .body(not(containsString("Your training officer can grant")));
        long attempt = as(learner.email).contentType(ContentType.JSON).post(start).then().statusCode(200)
                .body("attemptNo", equalTo(4)).body("attemptsAllowed", equalTo(4)).extract().jsonPath().getLong("id");
        as(learner.email).contentType(ContentType.JSON).post(start).then().statusCode(200)
                .body("id", equalTo((int) attempt));

        as(TestAccounts.admin()).get("/api/audit?action=ATTEMPTS_GRANTED&nation=ISL").then().statusCode(200)
                .body("detail", hasItem(containsString("Sick on the day")))
                .body("find { it.detail.contains('Sick on the day') }.actor", equalTo(officer))
                .body("find { it.detail.contains('Sick on the day') }.subjectId", equalTo(String.valueOf(learner.accountId)));
    }

    @Test
    void theOfficerPageShowsAttemptsAndGrantsThroughAForm() {
        Learner learner = lockedOutLearner("ISL");
        String officer = TestAccounts.create(Role.NATION_OFFICER, "ISL");
        String path = "/nations/ISL/people/" + learner.nationalId + "/attempts";
        Response page = as(officer).get(path);
        page.then().statusCode(200).body(containsString("name=\"reason\"")).body(containsString("3 of 3"));
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        as(officer).cookies(page.cookies()).formParam("csrf-token", token).formParam("module", MODULE)
                .formParam("extraAttempts", "2").formParam("reason", "Connection lost during the quiz")
                .post(path).then().statusCode(303).header("Location", containsString("granted"));
        as(officer).get(path).then().statusCode(200).body(containsString("3 of 5"))
                .body(containsString("Connection lost during the quiz"));
        as(TestAccounts.create(Role.NATION_OFFICER, "FRA")).get(path).then().statusCode(403);
        as(TestAccounts.admin()).get("/api/nations/ISL/people/" + learner.nationalId + "/attempts").then()
                .statusCode(200).body("grants[0].extraAttempts", equalTo(2));
        as(learner.email).get("/api/learning/dashboard").then()
                .body("modules.find { it.moduleId == '" + MODULE + "' }.attemptsAllowed", equalTo(5));
    }

    @Test
    void anUnknownPersonOrNationIsNamed() {
        String admin = TestAccounts.admin();
        as(admin).contentType(ContentType.JSON).body(Map.of("module", MODULE, "extraAttempts", 1, "reason", "x"))
                .post("/api/nations/ISL/people/NO-SUCH-ONE/attempt-grants").then().statusCode(404)
                .body("detail", containsString("NO-SUCH-ONE"));
        as(admin).contentType(ContentType.JSON).body(Map.of("module", MODULE, "extraAttempts", 1, "reason", "x"))
                .post("/api/nations/XXX/people/1/attempt-grants").then().statusCode(404)
                .body("detail", containsString("XXX"));
    }

    private record Learner(String email, long accountId, String nationalId, int version) {
    }

    /** A learner of the nation, on its roster, who failed all three attempts at the module's quiz a day ago. */
    private Learner lockedOutLearner(String nation) {
        String email = TestAccounts.create(Role.LEARNER, null);
        String nationalId = "G-" + UUID.randomUUID().toString().substring(0, 8);
        int version = as(email).get("/api/learning/dashboard").then().statusCode(200).extract().path("version");
        long versionId = catalog.version("cthb-predeployment", version).id();
        CourseContent.ModuleContent module = catalog.version("cthb-predeployment", version).content().module(MODULE)
                .orElseThrow();
        String questions = String.join(",", module.quiz().questions().stream().limit(module.quiz().draw())
                .map(CourseContent.QuestionContent::id).toList());
        long accountId = QuarkusTransaction.requiringNew().call(() -> {
            var em = Panache.getEntityManager();
            em.createNativeQuery("insert into person (nation_iso3, national_id, given_name, family_name, category,"
                    + " gender, pseudonym, email) values (?1, ?2, 'Grant', 'Tester', 'military', 'female', uuid(), ?3)")
                    .setParameter(1, nation).setParameter(2, nationalId).setParameter(3, email).executeUpdate();
            Account account = Account.byEmail(email).orElseThrow();
            account.personId = ((Number) em.createNativeQuery("select id from person where nation_iso3 = ?1"
                    + " and national_id = ?2").setParameter(1, nation).setParameter(2, nationalId)
                    .getSingleResult()).longValue();
            Instant dayAgo = Instant.now().minus(1, ChronoUnit.DAYS);
            for (int no = 1; no <= module.quiz().attempts(); no++) {
                QuizAttempt failed = new QuizAttempt();
                failed.accountId = account.id;
                failed.versionId = versionId;
                failed.moduleId = MODULE;
                failed.attemptNo = no;
                failed.passMark = 80;
                failed.startedAt = dayAgo.plusSeconds(no);
                failed.submittedAt = dayAgo.plusSeconds(no + 1);
                failed.score = 20;
                failed.passed = false;
                failed.questions = questions;
                failed.persist();
            }
            return account.id;
        });
        LessonsDone.forModule(accountId, "cthb-predeployment", version, MODULE);
        return new Learner(email, accountId, nationalId, version);
    }
}
