package org.cthb.readiness.journey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.cthb.readiness.certificate.Learners;
import org.cthb.readiness.crawl.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.journey.Journeys.CERT_EN;
import static org.cthb.readiness.journey.Journeys.EN;

/**
 * A learner who tries the quiz before the lessons (refused), reads them, starts the quiz, leaves, comes back the next day, resumes the same attempt, fails,
 * waits out the cool-down, passes, finishes the rest through the API and downloads the certificate. Every step
 * checks what the page shows, not only the status.
 */
@QuarkusTest
class LearnerComesBackJourneyTest {

    private static final String MODULE = "why-it-matters";

    @Test
    void startsLeavesReadsComesBackResumesFailsWaitsPassesAndDownloadsTheCertificate() {
        String me = Learners.learner("EST");
        WebSession web = WebSession.signIn(me);
        Document dashboard = Journeys.dashboard(web);
        int version = Journeys.version(dashboard);
        assertThat(Journeys.moduleCard(dashboard, version, MODULE).text()).contains(EN.status_not_started())
                .contains(EN.lessons_done(0, 2));

        // Straight to the quiz, before any lesson: back to the module's card (never an error page), which says the
        // lessons come first.
        Response early = web.get("/learn/v/" + version + "/" + MODULE + "/quiz");
        assertThat(early.statusCode()).isEqualTo(303);
        assertThat(early.header("Location")).endsWith("/learn#module-" + MODULE);
        assertThat(Journeys.moduleCard(dashboard, version, MODULE).text())
                .contains("The quiz opens once you have finished this module's lessons (0 of 2 done)");

        // Reads both lessons.
        String first = "/learn/v/" + version + "/" + MODULE + "/01-a-grave-abuse";
        Document lesson = web.page(first);
        assertThat(lesson.select("main h1").text())
                .isEqualTo(Journeys.module(version, MODULE).lesson("01-a-grave-abuse").orElseThrow().in("en").title());
        WebSession.Landing next = Journeys.markDone(web, lesson);
        assertThat(next.path()).isEqualTo("/learn/v/" + version + "/" + MODULE + "/02-protectors-not-abusers");
        Journeys.markDone(web, next.page());
        assertThat(web.page(first).select("main p.ok").text()).isEqualTo(EN.already_done());

        // Then the quiz: two answers saved, then the learner leaves.
        String attempt = Journeys.openQuiz(web, version, MODULE);
        Document quiz = web.page(attempt);
        assertThat(quiz.select("main h1").text()).contains(Journeys.module(version, MODULE).title().in("en"));
        assertThat(quiz.select("main p").text()).contains(EN.quiz_intro(1, 3, 80));
        List<String> questions = Journeys.questions(quiz);
        assertThat(questions).hasSize(5);
        assertThat(quiz.select("main p[role=status]").first().text()).isEqualTo(EN.answered_count(0, 5));
        WebSession.Landing saved = Journeys.answer(web, attempt, quiz, version, MODULE,
                Map.of(questions.get(0), true, questions.get(1), true), "save");
        assertThat(saved.path()).startsWith(attempt);
        assertThat(saved.page().select("main p[role=status]").eachText()).contains(EN.answered_count(2, 5));
        List<String> order = quiz.select("main fieldset.question label").eachText();
        dashboard = Journeys.dashboard(web);
        assertThat(Journeys.moduleCard(dashboard, version, MODULE).text()).contains(EN.status_in_progress());
        Journeys.signOut(web, web.page("/learn"));

        // The next day: signs in again and resumes the very same attempt, with the two answers kept.
        TimeTravel.daysPass(me, 1);
        web = WebSession.signIn(me);
        dashboard = Journeys.dashboard(web);
        assertThat(Journeys.moduleCard(dashboard, version, MODULE).text()).contains(EN.lessons_done(2, 2));
        assertThat(Journeys.openQuiz(web, version, MODULE)).as("the open attempt is resumed").isEqualTo(attempt);
        quiz = web.page(attempt);
        assertThat(Journeys.questions(quiz)).isEqualTo(questions);
        assertThat(quiz.select("main fieldset.question label").eachText()).as("options in the same order")
                .isEqualTo(order);
        assertThat(quiz.select("main p[role=status]").first().text()).isEqualTo(EN.answered_count(2, 5));
        assertThat(quiz.select("main fieldset.question input[checked]").size()).isGreaterThanOrEqualTo(2);

        // Fails: the other three answered wrongly, then submitted.
        Map<String, Boolean> wrongly = new LinkedHashMap<>();
        questions.subList(2, 5).forEach(q -> wrongly.put(q, false));
        WebSession.Landing result = Journeys.answer(web, attempt, quiz, version, MODULE, wrongly, "submit");
        assertThat(result.path()).isEqualTo(attempt + "/result");
        assertThat(result.page().select("main p[role=status]").text()).isEqualTo(EN.result_not_passed());
        assertThat(result.page().select("main p.lead").text()).isEqualTo(EN.your_score(40, 80));
        assertThat(result.page().select("main section.question")).hasSize(5);
        dashboard = Journeys.dashboard(web);
        assertThat(Journeys.moduleCard(dashboard, version, MODULE).text()).contains(EN.best_score(40, 80))
                .contains(EN.attempts_used(1, 3));

        // Too soon: the page says from when it may be taken again.
        Response tooSoon = web.get("/learn/v/" + version + "/" + MODULE + "/quiz");
        // Never an error page: back to the module's card, which says when the next attempt opens.
        assertThat(tooSoon.statusCode()).isEqualTo(303);
        assertThat(tooSoon.header("Location")).endsWith("/learn#module-" + MODULE);
        assertThat(Journeys.moduleCard(Journeys.dashboard(web), version, MODULE).text())
                .contains(io.quarkus.qute.i18n.MessageBundles.get(org.cthb.readiness.web.ExperienceMsg.class,
                        io.quarkus.qute.i18n.Localized.Literal.of("en")).next_attempt_opens());

        // After the cool-down: a new attempt, passed.
        TimeTravel.minutesPass(me, 31);
        String second = Journeys.openQuiz(web, version, MODULE);
        assertThat(second).isNotEqualTo(attempt);
        quiz = web.page(second);
        assertThat(quiz.select("main p").text()).contains(EN.quiz_intro(2, 3, 80));
        Map<String, Boolean> rightly = new LinkedHashMap<>();
        Journeys.questions(quiz).forEach(q -> rightly.put(q, true));
        result = Journeys.answer(web, second, quiz, version, MODULE, rightly, "submit");
        assertThat(result.page().select("main p[role=status]").text()).isEqualTo(EN.result_passed());
        assertThat(result.page().select("main p.lead").text()).isEqualTo(EN.your_score(100, 80));
        dashboard = Journeys.dashboard(web);
        assertThat(Journeys.moduleCard(dashboard, version, MODULE).text()).contains(EN.status_passed());

        // The rest through the API, then the certificate on the pages.
        Learners.passAllBut(me, 0);
        dashboard = Journeys.dashboard(web);
        assertThat(dashboard.select("main section.next").text()).contains(EN.all_done());
        assertThat(dashboard.select("main p.ok a[href=/certificates]")).hasSize(1);
        Document mine = web.page("/certificates");
        assertThat(mine.select("main h1").text()).isEqualTo(CERT_EN.mine_title());
        assertThat(mine.select("main li.card")).hasSize(1);
        String number = Learners.as(me).get("/api/certificates/mine").then().extract().path("[0].number");
        assertThat(mine.select("main li.card h2").text()).isEqualTo(CERT_EN.result_title(number));
        assertThat(mine.select("main li.card").text()).contains(CERT_EN.status_valid());

        Response pdf = web.get(mine.select("main li.card a[hreflang=en]").attr("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.asByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Response credential = web.get(mine.select("main li.card a[download$=.jwt]").attr("href"));
        assertThat(credential.statusCode()).isEqualTo(200);
        assertThat(credential.asString().split("\\.")).as("a compact JWS").hasSize(3);
        // The same credential for a wallet: JSON with an embedded proof.
        Response forWallet = web.get(mine.select("main li.card a[download$=.json]").attr("href"));
        assertThat(forWallet.statusCode()).isEqualTo(200);
        assertThat(forWallet.asString()).contains("\"proof\"", "eddsa-rdfc-2022");
        Document verified = web.page(mine.select("main li.card a[href^=/verify]").attr("href"));
        assertThat(verified.select("main").text()).contains(number).contains(CERT_EN.status_valid());
    }
}
