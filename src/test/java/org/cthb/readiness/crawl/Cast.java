package org.cthb.readiness.crawl;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.TestMissions;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.quiz.AttemptView;
import org.cthb.readiness.quiz.QuizService;
import org.cthb.readiness.security.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everyone the crawlers and the matrix act as, in two nations with the same set-up: an officer, a learner who has
 * not started, a learner in the middle of a quiz, a certified learner (with a certificate), a roster naming them
 * in a mission of the test's own, and one roster import run. Plus nation-less staff: author, HQ, administrator.
 * The names, national ids and e-mails of each nation carry a marker found nowhere else, to detect leaks.
 */
public final class Cast {

    public static final String COURSE = "cthb-predeployment";

    public final String mission;
    public final int version;
    public final NationCast own;
    public final NationCast other;
    public final String author;
    public final String hq;
    public final String admin;

    /** One nation's people and records. */
    public record NationCast(String iso3, String marker, String officer, String newLearner, String midQuizLearner,
                             long openAttempt, String openQuestion, String certifiedLearner, long passedAttempt,
                             String certificate, long importId, String spareLearner, long spareAccount,
                             String spareNationalId) {

        /** Strings that only this nation's data contains. */
        public List<String> secrets() {
            return List.of(marker, newLearner, midQuizLearner, certifiedLearner, spareLearner, certificate,
                    certificate.replace("-", ""));
        }
    }

    private Cast(String ownIso3, String otherIso3) {
        this.mission = TestMissions.create("CRW");
        this.version = CDI.current().select(CourseCatalog.class).get().current(COURSE).number();
        this.own = nation(ownIso3);
        this.other = nation(otherIso3);
        this.author = TestAccounts.create(Role.AUTHOR, null);
        this.hq = TestAccounts.create(Role.HQ_STAFF, null);
        this.admin = TestAccounts.admin();
    }

    public static Cast create(String ownIso3, String otherIso3) {
        return new Cast(ownIso3, otherIso3);
    }

    private NationCast nation(String iso3) {
        String marker = "Mk" + UUID.randomUUID().toString().substring(0, 8);
        String officer = TestAccounts.create(Role.NATION_OFFICER, iso3);
        String newLearner = learner(iso3);
        String midQuiz = learner(iso3);
        String certified = learner(iso3);
        // The one whose account the operations on accounts and attempt grants act on, so that disabling or
        // resetting it in the crawl harms no other actor.
        String spare = learner(iso3);
        String start = LocalDate.now().plusDays(40).toString();
        String csv = "national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,start_date\n"
                + marker + "A,Ann," + marker + "Alpha,military,,female,1990," + newLearner + "," + mission
                + ",ALL_PERSONNEL," + start + "\n"
                + marker + "B,Ben," + marker + "Bravo,military,,male,1988," + midQuiz + "," + mission
                + ",ALL_PERSONNEL," + start + "\n"
                + marker + "C,Cleo," + marker + "Charlie,civilian,,female,1985," + certified + "," + mission
                + ",ALL_PERSONNEL," + start + "\n"
                + marker + "D,Dana," + marker + "Delta,civilian,,female,1992," + spare + "," + mission
                + ",ALL_PERSONNEL," + start + "\n";
        long importId = ((Number) given().auth().preemptive().basic(officer, TestAccounts.PASSWORD)
                .contentType("text/csv").body(csv).post("/api/nations/" + iso3 + "/roster?dryRun=false")
                .then().statusCode(200).extract().path("importId")).longValue();

        QuizService quizzes = CDI.current().select(QuizService.class).get();
        org.cthb.readiness.quiz.LessonsDone.forModule(accountId(midQuiz), COURSE, version, "why-it-matters");
        AttemptView open = quizzes.start(accountId(midQuiz), COURSE, version, "why-it-matters", "en");
        long passed = passEverything(certified);
        String number = given().auth().preemptive().basic(certified, TestAccounts.PASSWORD)
                .get("/api/certificates/mine").then().statusCode(200).extract().path("[0].number");
        assertThat(number).as("certificate of " + certified).isNotBlank();
        return new NationCast(iso3, marker, officer, newLearner, midQuiz, open.id(), open.questions().get(0).id(),
                certified, passed, number, importId, spare, accountId(spare), marker + "D");
    }

    private static String learner(String iso3) {
        String email = TestAccounts.create(Role.LEARNER, null);
        QuarkusTransaction.requiringNew().run(() -> Account.byEmail(email).orElseThrow().nationIso3 = iso3);
        return email;
    }

    public static long accountId(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Account.byEmail(email).orElseThrow().id);
    }

    /**
     * Passes every module the learner must, straight through the quiz service: this is set-up, not the scenario
     * (the journeys walk it through pages and API). Returns the id of the last passed attempt.
     */
    public static long passEverything(String email) {
        QuizService quizzes = CDI.current().select(QuizService.class).get();
        CourseCatalog catalog = CDI.current().select(CourseCatalog.class).get();
        long account = accountId(email);
        int version = catalog.current(COURSE).number();
        CourseContent content = catalog.current(COURSE).content();
        long last = 0;
        for (String module : requiredModules(email)) {
            org.cthb.readiness.quiz.LessonsDone.forModule(account, COURSE, version, module);
            AttemptView view = quizzes.start(account, COURSE, version, module, "en");
            for (AttemptView.QuestionView q : view.questions()) {
                quizzes.saveAnswer(account, view.id(), q.id(), rightOptions(content, module, q.id()));
            }
            assertThat(quizzes.submit(account, view.id(), "en").passed()).isTrue();
            last = view.id();
        }
        return last;
    }

    static List<String> requiredModules(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).get("/api/learning/dashboard")
                .then().statusCode(200).extract().path("modules.moduleId");
    }

    public static List<String> rightOptions(CourseContent content, String module, String question) {
        return new ArrayList<>(content.module(module).orElseThrow().quiz().question(question).orElseThrow()
                .options().stream().filter(CourseContent.OptionContent::correct)
                .map(CourseContent.OptionContent::id).toList());
    }
}
