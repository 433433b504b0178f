package org.cthb.readiness.fault;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.spi.CDI;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.quiz.AttemptView;
import org.cthb.readiness.quiz.QuizService;
import org.cthb.readiness.security.Role;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** A learner who takes quizzes through the API and knows the right answers. */
final class Quizzes {

    static final String LEARNING = "/api/learning";
    private static final String COURSE = "cthb-predeployment";

    final String email;
    final int version;
    final List<String> modules;

    private Quizzes(String email) {
        this.email = email;
        JsonPath dashboard = as().get(LEARNING + "/dashboard").then().statusCode(200).extract().jsonPath();
        this.version = dashboard.getInt("version");
        this.modules = dashboard.getList("modules.moduleId");
    }

    /** A new learner of the nation, enrolled in the current course version. */
    static Quizzes learner(String nation) {
        String email = TestAccounts.create(Role.LEARNER, null);
        QuarkusTransaction.requiringNew().run(() -> Account.byEmail(email).orElseThrow().nationIso3 = nation);
        return new Quizzes(email);
    }

    RequestSpecification as() {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    String lastModule() {
        return modules.get(modules.size() - 1);
    }

    /**
     * Passes every module but the last, so that passing the last one issues the certificate. Straight through the
     * quiz service: this is the set-up, not the scenario, and a password check per request would make it slow.
     */
    void passAllButLast() {
        QuizService quizzes = CDI.current().select(QuizService.class).get();
        long account = accountId();
        for (String module : modules.subList(0, modules.size() - 1)) {
            org.cthb.readiness.quiz.LessonsDone.forModule(account, COURSE, version, module);
            AttemptView view = quizzes.start(account, COURSE, version, module, "en");
            Attempt attempt = new Attempt(this, module, view.id(),
                    view.questions().stream().map(AttemptView.QuestionView::id).toList(), null);
            attempt.questions().forEach(q -> quizzes.saveAnswer(account, view.id(), q, attempt.rightOptions(q)));
            quizzes.submit(account, view.id(), "en");
        }
    }

    Attempt start(String module) {
        org.cthb.readiness.quiz.LessonsDone.forModule(accountId(), COURSE, version, module);
        JsonPath attempt = as().post(LEARNING + "/versions/" + version + "/modules/" + module + "/attempts")
                .then().statusCode(200).extract().jsonPath();
        return new Attempt(this, module, attempt.getLong("id"), attempt.getList("questions.id"), attempt);
    }

    long accountId() {
        return QuarkusTransaction.requiringNew().call(() -> Account.byEmail(email).orElseThrow().id);
    }

    /** One attempt at a module's quiz. */
    record Attempt(Quizzes learner, String module, long id, List<String> questions, JsonPath shown) {

        List<String> rightOptions(String question) {
            CourseContent.ModuleContent content = CDI.current().select(CourseCatalog.class).get()
                    .current(COURSE).content().module(module).orElseThrow();
            return content.quiz().question(question).orElseThrow().options().stream()
                    .filter(CourseContent.OptionContent::correct).map(CourseContent.OptionContent::id).sorted()
                    .toList();
        }

        /** The right options as the API names them: by position in the order this attempt shows. */
        List<String> rightPositions(String question) {
            CourseContent.ModuleContent content = CDI.current().select(CourseCatalog.class).get()
                    .current(COURSE).content().module(module).orElseThrow();
            return org.cthb.readiness.quiz.LessonsDone.positions(shown, questions.indexOf(question),
                    content.quiz().question(question).orElseThrow(), true);
        }

        void answerRight(String question) {
            learner.as().body(Map.of("options", rightPositions(question)))
                    .put(LEARNING + "/attempts/" + id + "/answers/" + question).then().statusCode(200);
        }

        String path() {
            return LEARNING + "/attempts/" + id;
        }
    }
}
