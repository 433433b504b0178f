package org.cthb.readiness.journey;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.certificate.Learners;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.crawl.Forms;
import org.cthb.readiness.crawl.WebSession;
import org.cthb.readiness.quiz.GrantMsg;
import org.cthb.readiness.web.ExperienceMsg;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.journey.Journeys.EN;

/**
 * A learner who never meets a dead end: lands on their training after sign-in; sees how far they are and every
 * lesson and quiz of a module on its card; is told "Saved" beside the buttons; is warned before submitting with
 * questions left; after a failure reads, on the result and on the dashboard, when the next attempt opens (in their
 * own time zone) with the lessons to review, and never an error page; then "Try again" once it opens.
 */
@QuarkusTest
class NoDeadEndJourneyTest {

    private static final ExperienceMsg X = MessageBundles.get(ExperienceMsg.class, Localized.Literal.of("en"));
    private static final GrantMsg GRANT = MessageBundles.get(GrantMsg.class, Localized.Literal.of("en"));
    private static final String MODULE = "why-it-matters";
    private static final org.cthb.readiness.learning.DeadlineMsg DEADLINE = MessageBundles.get(
            org.cthb.readiness.learning.DeadlineMsg.class, Localized.Literal.of("en"));

    @Test
    void signInLandsOnTrainingAndAFailedQuizAlwaysSaysWhatComesNext() {
        String me = Learners.learner("EST");

        // Signing in from the sign-in page lands on the training, not on a home page with one more click.
        WebSession web = WebSession.anonymous();
        Document signin = web.page("/signin");
        Element form = signin.selectFirst("main form[method=post]");
        Map<String, String> fields = Forms.shownValues(form);
        fields.put("email", me);
        fields.put("password", TestAccounts.PASSWORD);
        WebSession.Landing landing = web.follow(web.postForm(form.attr("action"), fields));
        assertThat(landing.path()).isEqualTo("/learn");
        assertThat(landing.page().select("main h1").text()).isEqualTo(EN.my_training());

        Document dashboard = Journeys.dashboard(web);
        int version = Journeys.version(dashboard);
        // The quiz opens once the module's lessons are done; this walk is about what comes after a failed attempt.
        org.cthb.readiness.quiz.LessonsDone.forModule(me, version, MODULE);
        dashboard = Journeys.dashboard(web);
        int required = dashboard.select("main ol.modules > li").size();
        assertThat(dashboard.select("main #overall").text()).startsWith(X.modules_passed_of(0, required))
                .contains("minutes");
        CourseContent.ModuleContent module = Journeys.module(version, MODULE);
        Element card = Journeys.moduleCard(dashboard, version, MODULE);
        assertThat(card.id()).isEqualTo("module-" + MODULE);
        for (CourseContent.LessonContent lesson : module.lessons()) {
            assertThat(card.select("a[href=/learn/v/" + version + "/" + MODULE + "/" + lesson.name() + "]").text())
                    .as("the card links lesson " + lesson.name()).isEqualTo(lesson.in("en").title());
        }
        assertThat(card.select("a[href=/learn/v/" + version + "/" + MODULE + "/quiz]").text())
                .isEqualTo(EN.take_quiz_of(module.title().in("en")));

        // The lessons first (as a careful learner does), then the quiz.
        for (CourseContent.LessonContent lesson : module.lessons()) {
            Journeys.markDone(web, web.page("/learn/v/" + version + "/" + MODULE + "/" + lesson.name()
                    + (lesson.in("en").sensitive() ? "?view=lesson" : "")));
        }
        assertThat(Journeys.moduleCard(Journeys.dashboard(web), version, MODULE).select("ul.lesson-links").text())
                .contains(X.lesson_done());
        String attempt = Journeys.openQuiz(web, version, MODULE);
        Document quiz = web.page(attempt);
        List<String> questions = Journeys.questions(quiz);

        // "Save" comes back to the buttons, where "Saved" is said: no jump to the top.
        Response save = web.postFormValues(attempt, answers(quiz, version, Map.of(questions.get(0), false), "save"));
        assertThat(save.header("Location")).endsWith(attempt + "?saved=1#actions");
        Document saved = web.page(WebSession.localPath(save.header("Location")));
        assertThat(saved.select("main #actions p[role=status]").text()).as(save.header("Location") + " " + saved.select("main").html()).isEqualTo(EN.answers_saved());
        assertThat(saved.select("main #actions button[name=save]")).hasSize(1);

        // "Submit" with four questions left asks first, naming them, beside the buttons.
        Response early = web.postFormValues(attempt, answers(saved, version, Map.of(), "submit"));
        assertThat(early.header("Location")).endsWith(attempt + "?unanswered=1#actions");
        Document warned = web.page(WebSession.localPath(early.header("Location")));
        assertThat(warned.select("main #actions [role=alert] p").text())
                .isEqualTo(X.unanswered_warning(questions.size() - 1));
        assertThat(warned.select("main #actions [role=alert] a").eachAttr("href"))
                .containsExactlyElementsOf(questions.subList(1, questions.size()).stream().map(q -> "#q-" + q).toList());
        for (String q : questions.subList(1, questions.size())) {
            assertThat(warned.select("main fieldset#q-" + q)).hasSize(1);
        }
        assertThat(warned.select("main #actions button[name=submit][value=confirmed]").text())
                .isEqualTo(X.submit_anyway());
        assertThat(Journeys.attemptId(attempt)).isPositive();

        // Submitted anyway, wrongly: the result says when the next attempt opens, in the learner's zone.
        Map<String, Boolean> wrongly = new LinkedHashMap<>();
        questions.subList(1, 3).forEach(q -> wrongly.put(q, false));
        Response submit = web.postFormValues(attempt, answersConfirmed(warned, version, wrongly));
        assertThat(submit.header("Location")).endsWith(attempt + "/result");
        Response zoned = web.request().cookie("cthb-tz", "Europe/Paris").get(attempt + "/result");
        Document result = Jsoup.parse(zoned.asString());
        assertThat(result.select("main p[role=status]").text()).isEqualTo(EN.result_not_passed());
        Element retry = result.selectFirst("main #retry");
        assertThat(retry).as("the result says what comes next").isNotNull();
        assertThat(retry.text()).contains(X.next_attempt_opens()).contains("(Europe/Paris)")
                .contains(X.review_lessons());
        assertThat(retry.select("time[datetime]").attr("datetime")).endsWith("Z");
        assertThat(retry.select("a").eachAttr("href")).containsExactlyElementsOf(module.lessons().stream()
                .map(l -> "/learn/v/" + version + "/" + MODULE + "/" + l.name()).toList());
        assertThat(retry.text()).doesNotContain(X.try_again());
        Document utc = web.page(attempt + "/result");
        assertThat(utc.select("main #retry time").text()).endsWith("(UTC)");

        // The dashboard says the same, and offers no link that would only be refused.
        card = Journeys.moduleCard(Journeys.dashboard(web), version, MODULE);
        assertThat(card.text()).contains(X.next_attempt_opens()).contains(EN.attempts_used(1, 3));
        assertThat(card.select("a[href$=/quiz]")).isEmpty();
        // Even the quiz's address leads back to that card, never to an error page.
        Response tooSoon = web.get("/learn/v/" + version + "/" + MODULE + "/quiz");
        assertThat(tooSoon.statusCode()).isEqualTo(303);
        assertThat(tooSoon.header("Location")).endsWith("/learn#module-" + MODULE);

        // Once the cool-down is over: "Try again", on the result and on the card.
        TimeTravel.minutesPass(me, module.quiz().cooldownMinutes() + 1);
        Document later = web.page(attempt + "/result");
        assertThat(later.select("main #retry a.button").text()).isEqualTo(X.try_again());
        assertThat(later.select("main #retry a.button").attr("href")).isEqualTo("/learn/v/" + version + "/" + MODULE + "/quiz");
        card = Journeys.moduleCard(Journeys.dashboard(web), version, MODULE);
        assertThat(card.select("a.button[href$=/quiz]").text()).isEqualTo(X.try_again());
        assertThat(card.text()).doesNotContain(X.next_attempt_opens()).doesNotContain(GRANT.attempts_exhausted());
        String second = Journeys.openQuiz(web, version, MODULE);
        assertThat(second).isNotEqualTo(attempt);
    }

    @Test
    void theFullLessonLinksItsNonGraphicVersionAndBack() {
        String me = Learners.learner("EST");
        WebSession web = WebSession.signIn(me);
        int version = Journeys.version(Journeys.dashboard(web));
        String found = null;
        for (String moduleId : List.of("what-trafficking-is", "how-it-happens", "victims-and-survivors")) {
            for (CourseContent.LessonContent lesson : Journeys.module(version, moduleId).lessons()) {
                if (found == null && lesson.in("en").alternative() != null) {
                    found = "/learn/v/" + version + "/" + moduleId + "/" + lesson.name();
                }
            }
        }
        assertThat(found).as("the course has a lesson with a non-graphic version").isNotNull();
        Document full = web.page(found + "?view=lesson");
        assertThat(full.select("main a[href=?view=alternative]").text()).isEqualTo(X.read_alternative_instead());
        Document alternative = web.page(found + "?view=alternative");
        assertThat(alternative.select("main a[href=?view=lesson]").text()).isEqualTo(X.read_full_lesson());
    }

    /**
     * Overall progress says the time left: the minutes of lessons, and the days until the learner's next deployment
     * (the soonest one to come, from the roster), in their language.
     */
    @Test
    void theDashboardSaysHowManyDaysAreLeftBeforeTheDeployment() {
        String me = Learners.learner("EST");
        WebSession web = WebSession.signIn(me);
        assertThat(Journeys.dashboard(web).select("main #deadline")).as("no deployment, no deadline").isEmpty();

        String officer = TestAccounts.create(org.cthb.readiness.security.Role.NATION_OFFICER, "EST");
        String later = org.cthb.readiness.TestMissions.create("DL");
        String sooner = org.cthb.readiness.TestMissions.create("DS");
        String earlier = org.cthb.readiness.TestMissions.create("DP");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String tag = java.util.UUID.randomUUID().toString().substring(0, 6);
        String row = ",Dee,Deadline" + tag + ",military,,female,1990," + me + ",";
        // A file names a person once: one file per mission, as each mission's roster comes.
        Map<String, java.time.LocalDate> starts = new LinkedHashMap<>();
        starts.put(later, today.plusDays(40));
        starts.put(sooner, today.plusDays(12));
        starts.put(earlier, today.minusDays(3));
        starts.forEach((mission, start) -> io.restassured.RestAssured.given().auth().preemptive()
                .basic(officer, TestAccounts.PASSWORD).contentType("text/csv")
                .body("national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,"
                        + "start_date\n" + "DL" + tag + row + mission + ",ALL_PERSONNEL," + start + "\n")
                .post("/api/nations/EST/roster?dryRun=false").then().statusCode(200));

        Document dashboard = Journeys.dashboard(web);
        assertThat(dashboard.select("main #deadline").text()).isEqualTo(DEADLINE.deploys_in("Test mission " + sooner,
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                        .withLocale(java.util.Locale.ENGLISH).format(today.plusDays(12)), 12));
        Document french = Jsoup.parse(web.request().cookie("cthb-lang", "fr").get("/learn").asString());
        assertThat(french.select("main #deadline").text()).startsWith("Votre déploiement pour Mission d'essai " + sooner)
                .contains("12 jour(s)");
    }

    private static Map<String, List<String>> answers(Document page, int version, Map<String, Boolean> rightly,
                                                     String button) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Element hidden = page.selectFirst("main form input[type=hidden]");
        fields.put(hidden.attr("name"), List.of(hidden.attr("value")));
        rightly.forEach((q, right) -> fields.put("q-" + q, Journeys.shownOptions(page, version, MODULE, q, right)));
        fields.put(button, List.of("1"));
        return fields;
    }

    private static Map<String, List<String>> answersConfirmed(Document page, int version, Map<String, Boolean> rightly) {
        Map<String, List<String>> fields = answers(page, version, rightly, "submit");
        fields.put("submit", List.of("confirmed"));
        return fields;
    }
}
