package org.cthb.readiness.certificate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.spi.CDI;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.security.Role;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Learners who pass quizzes through the API, answering right the first time (a failure means a cool-down). */
public final class Learners {

    public static final String LEARNING = "/api/learning";

    private Learners() {
    }

    public static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    /** An anonymous visitor from an address of their own, so that rate limits of other tests never interfere. */
    public static RequestSpecification visitor() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return given().header("X-Forwarded-For",
                "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255));
    }

    public static String learner(String nation) {
        String email = TestAccounts.create(Role.LEARNER, null);
        if (nation != null) {
            QuarkusTransaction.requiringNew().run(() -> Account.byEmail(email).orElseThrow().nationIso3 = nation);
        }
        return email;
    }

    /** Passes every required module not passed yet but the last {@code skip} of them. */
    public static void passAllBut(String email, int skip) {
        JsonPath dashboard = as(email).get(LEARNING + "/dashboard").then().statusCode(200).extract().jsonPath();
        int version = dashboard.getInt("version");
        List<String> modules = dashboard.getList("modules.moduleId");
        List<String> statuses = dashboard.getList("modules.status");
        for (int i = 0; i < modules.size() - skip; i++) {
            if (!"PASSED".equals(statuses.get(i))) {
                pass(email, version, modules.get(i));
            }
        }
    }

    /** A learner of {@code nation} who passed everything, and the number of their certificate. */
    public static Certified certified(String nation) {
        String email = learner(nation);
        passAllBut(email, 0);
        String number = as(email).get("/api/certificates/mine").then().statusCode(200).extract().path("[0].number");
        return new Certified(email, number);
    }

    public record Certified(String email, String number) {
    }

    public static void pass(String email, int version, String moduleId) {
        CourseContent.ModuleContent module = CDI.current().select(CourseCatalog.class).get()
                .current("cthb-predeployment").content().module(moduleId).orElseThrow();
        org.cthb.readiness.quiz.LessonsDone.forModule(email, version, moduleId);
        JsonPath attempt = as(email).post(LEARNING + "/versions/" + version + "/modules/" + moduleId + "/attempts")
                .then().statusCode(200).extract().jsonPath();
        long id = attempt.getLong("id");
        List<String> questions = attempt.getList("questions.id");
        for (int i = 0; i < questions.size(); i++) {
            String q = questions.get(i);
            List<String> correct = org.cthb.readiness.quiz.LessonsDone.positions(attempt, i,
                    module.quiz().question(q).orElseThrow(), true);
            as(email).body(Map.of("options", correct)).put(LEARNING + "/attempts/" + id + "/answers/" + q)
                    .then().statusCode(200);
        }
        as(email).post(LEARNING + "/attempts/" + id + "/submit").then().statusCode(200)
                .body("passed", org.hamcrest.Matchers.equalTo(true));
    }
}
