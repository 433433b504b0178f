package org.cthb.readiness.journey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.TestMissions;
import org.cthb.readiness.certificate.Learners;
import org.cthb.readiness.crawl.WebSession;
import org.cthb.readiness.security.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.journey.Journeys.CERT_EN;
import static org.cthb.readiness.journey.Journeys.EN;

/**
 * Two learners of two nations train at the same time, step for step, in the same mission. Each sees only their
 * own attempt, result and certificate; each nation's officer sees only their own learner.
 */
@QuarkusTest
class TwoNationsJourneyTest {

    private static final String MODULE = "why-it-matters";

    private record Trainee(String nation, String email, String family, String officer, WebSession web) {
    }

    @Test
    void twoLearnersOfTwoNationsTrainInterleavedAndNeverSeeEachOther() {
        String mission = TestMissions.create("TWO");
        Trainee est = trainee("EST", mission);
        Trainee lva = trainee("LVA", mission);

        int version = Journeys.version(Journeys.dashboard(est.web()));
        assertThat(Journeys.version(Journeys.dashboard(lva.web()))).isEqualTo(version);
        org.cthb.readiness.quiz.LessonsDone.forModule(est.email(), version, MODULE);
        org.cthb.readiness.quiz.LessonsDone.forModule(lva.email(), version, MODULE);
        String estAttempt = Journeys.openQuiz(est.web(), version, MODULE);
        String lvaAttempt = Journeys.openQuiz(lva.web(), version, MODULE);
        assertThat(estAttempt).isNotEqualTo(lvaAttempt);

        // Neither reaches the other's attempt, by page or API, and trying changes nothing.
        assertThat(est.web().get(lvaAttempt).statusCode()).isEqualTo(404);
        assertThat(lva.web().get(estAttempt).statusCode()).isEqualTo(404);
        Document estQuiz = est.web().page(estAttempt);
        Document lvaQuiz = lva.web().page(lvaAttempt);
        List<String> lvaQuestions = Journeys.questions(lvaQuiz);
        Response intrusion = est.web().api().contentType("application/json").body("{\"options\":[\"1\"]}")
                .put("/api/learning/attempts/" + Journeys.attemptId(lvaAttempt) + "/answers/" + lvaQuestions.get(0));
        assertThat(intrusion.statusCode()).isEqualTo(404);
        assertThat(intrusion.contentType()).startsWith("application/problem+json");

        // Interleaved: EST saves one answer, LVA submits all right, EST still sees only its own one answer.
        List<String> estQuestions = Journeys.questions(estQuiz);
        Journeys.answer(est.web(), estAttempt, estQuiz, version, MODULE, Map.of(estQuestions.get(0), true), "save");
        Map<String, Boolean> all = new LinkedHashMap<>();
        lvaQuestions.forEach(q -> all.put(q, true));
        WebSession.Landing lvaResult = Journeys.answer(lva.web(), lvaAttempt, lvaQuiz, version, MODULE, all, "submit");
        assertThat(lvaResult.page().select("main p[role=status]").text()).isEqualTo(EN.result_passed());
        Document estAgain = est.web().page(estAttempt);
        assertThat(estAgain.select("main p[role=status]").first().text()).isEqualTo(EN.answered_count(1, 5));
        assertThat(Journeys.moduleCard(Journeys.dashboard(est.web()), version, MODULE).text())
                .contains(EN.status_in_progress());
        assertThat(Journeys.moduleCard(Journeys.dashboard(lva.web()), version, MODULE).text())
                .contains(EN.status_passed());

        // EST finishes its attempt; then both pass the rest, module by module in turn.
        Map<String, Boolean> rest = new LinkedHashMap<>();
        estQuestions.forEach(q -> rest.put(q, true));
        Journeys.answer(est.web(), estAttempt, estAgain, version, MODULE, rest, "submit");
        List<String> modules = Learners.as(est.email()).get("/api/learning/dashboard").then().extract()
                .path("modules.moduleId");
        for (String module : modules.subList(1, modules.size())) {
            Learners.pass(est.email(), version, module);
            Learners.pass(lva.email(), version, module);
        }

        String estNumber = certificateShown(est);
        String lvaNumber = certificateShown(lva);
        assertThat(estNumber).isNotEqualTo(lvaNumber);
        assertThat(est.web().page("/certificates").text()).doesNotContain(lvaNumber);
        assertThat(est.web().get("/api/certificates/" + lvaNumber + "/pdf?lang=en").statusCode()).isEqualTo(404);
        assertThat(lva.web().get("/api/certificates/" + estNumber + "/credential").statusCode()).isEqualTo(404);

        // Each officer sees their own learner ready, and never the other nation's.
        for (Trainee[] pair : new Trainee[][]{{est, lva}, {lva, est}}) {
            Trainee mine = pair[0];
            Trainee theirs = pair[1];
            WebSession officer = WebSession.signIn(mine.officer());
            Document readiness = officer.page("/nations/" + mine.nation() + "/readiness?mission=" + mission
                    + "&date=" + LocalDate.now().plusDays(30));
            assertThat(readiness.select("main").text()).contains(mine.family()).doesNotContain(theirs.family());
            assertThat(readiness.select("main table tr:contains(" + mine.family() + ")").text()).contains("Ready");
            Response other = officer.get("/nations/" + theirs.nation() + "/readiness?mission=" + mission);
            assertThat(other.statusCode()).as("refused, or not shown to exist").isIn(403, 404);
            assertThat(Jsoup.parse(other.asString()).select("main").text()).doesNotContain(theirs.family());
        }
    }

    private static Trainee trainee(String nation, String mission) {
        String email = Learners.learner(nation);
        String officer = TestAccounts.create(Role.NATION_OFFICER, nation);
        String family = "Fam" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().preemptive().basic(officer, TestAccounts.PASSWORD).contentType("text/csv")
                .body("national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,start_date\n"
                        + family + ",Kim," + family + ",military,,female,1990," + email + "," + mission
                        + ",ALL_PERSONNEL," + LocalDate.now().plusDays(30) + "\n")
                .post("/api/nations/" + nation + "/roster?dryRun=false").then().statusCode(200);
        return new Trainee(nation, email, family, officer, WebSession.signIn(email));
    }

    /** The certificate page of the trainee shows one valid certificate; returns its number. */
    private static String certificateShown(Trainee trainee) {
        Document mine = trainee.web().page("/certificates");
        assertThat(mine.select("main li.card")).hasSize(1);
        assertThat(mine.select("main li.card").text()).contains(CERT_EN.status_valid());
        String number = Learners.as(trainee.email()).get("/api/certificates/mine").then().extract().path("[0].number");
        assertThat(mine.select("main li.card h2").text()).isEqualTo(CERT_EN.result_title(number));
        Document verified = trainee.web().page("/verify?number=" + number);
        assertThat(verified.select("main section.card").text()).contains(CERT_EN.status_valid()).contains("Kim");
        return number;
    }
}
