package org.cthb.readiness.quiz;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.cthb.readiness.certificate.Learners;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Attacks on the key, as a program that reads the quiz page and the API (and the course files) but no lesson would:
 * option ids and positions, failed results, resumed attempts, retries, and two nations' learners side by side.
 */
@QuarkusTest
class QuizSecrecyTest {

    static final String MODULE = "why-it-matters";
    static final String API = Learners.LEARNING;

    @Inject
    CourseCatalog catalog;
    @Inject
    EntityManager em;

    CourseContent.ModuleContent module() {
        return catalog.current(LessonsDone.SHIPPED).content().module(MODULE).orElseThrow();
    }

    int version(String email) {
        return Learners.as(email).get(API + "/dashboard").then().statusCode(200).extract().path("version");
    }

    JsonPath start(String email) {
        return Learners.as(email).post(API + "/versions/" + version(email) + "/modules/" + MODULE + "/attempts")
                .then().statusCode(200).extract().jsonPath();
    }

    String readyLearner(String nation) {
        String email = Learners.learner(nation);
        LessonsDone.forModule(email, version(email), MODULE);
        return email;
    }

    /** Answers every question of the attempt right or wrong, by the positions the attempt shows. */
    void answerAll(String email, JsonPath attempt, boolean rightly) {
        List<String> questions = attempt.getList("questions.id");
        for (int i = 0; i < questions.size(); i++) {
            List<String> positions = LessonsDone.positions(attempt, i,
                    module().quiz().question(questions.get(i)).orElseThrow(), rightly);
            Learners.as(email).body(Map.of("options", positions))
                    .put(API + "/attempts/" + attempt.getLong("id") + "/answers/" + questions.get(i))
                    .then().statusCode(200);
        }
    }

    /** The cool-down between attempts passes at once. */
    void coolDownOver(long attemptId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update quiz_attempt set submitted_at = submitted_at - interval 1 day, started_at = started_at - "
                        + "interval 1 day where id = ?1").setParameter(1, attemptId).executeUpdate());
    }

    @Test
    void neitherThePageNorTheApiTellsWhichOptionIsRight() {
        int atFirst = 0;
        int asked = 0;
        Set<String> correctPositions = new HashSet<>();
        for (int learner = 0; learner < 8; learner++) {
            String email = readyLearner("ISL");
            JsonPath attempt = start(email);
            String json = attempt.prettify();
            assertThat(json).doesNotContain("\"correct\"").doesNotContain("feedback");
            Document page = Jsoup.parse(Learners.as(email).get("/learn/attempts/" + attempt.getLong("id")).asString());
            List<String> questions = attempt.getList("questions.id");
            for (int i = 0; i < questions.size(); i++) {
                CourseContent.QuestionContent question = module().quiz().question(questions.get(i)).orElseThrow();
                List<String> ids = attempt.getList("questions[" + i + "].options.id");
                List<String> numbers = new ArrayList<>();
                for (int n = 1; n <= question.options().size(); n++) {
                    numbers.add(String.valueOf(n));
                }
                // the API names options only by position: 1..n, whatever the key
                assertThat(ids).isEqualTo(numbers);
                // so does the page: the values sent and the element ids
                assertThat(page.select("input[name=q-" + question.id() + "]").eachAttr("value")).isEqualTo(numbers);
                assertThat(page.select("input[name=q-" + question.id() + "]").eachAttr("id"))
                        .allMatch(id -> id.matches("q-" + question.id() + "-[0-9]+"));
                List<String> right = LessonsDone.positions(attempt, i, question, true);
                correctPositions.addAll(right);
                atFirst += right.contains("1") ? 1 : 0;
                asked++;
            }
        }
        // The shipped course keys "a" nearly always: in file order the right option would come first almost every
        // time. Shuffled, it is first about a quarter to a half of the time (true/false has two options).
        assertThat(correctPositions).hasSizeGreaterThanOrEqualTo(3);
        assertThat(atFirst).as("right option shown first in %d of %d questions", atFirst, asked)
                .isLessThan(asked * 7 / 10);
    }

    @Test
    void aFailedResultWithAttemptsLeftNeverContainsARightOptionNorFeedback() {
        String email = readyLearner("EST");
        JsonPath attempt = start(email);
        long id = attempt.getLong("id");
        answerAll(email, attempt, false);
        String json = Learners.as(email).post(API + "/attempts/" + id + "/submit").then().statusCode(200)
                .body("passed", equalTo(false)).body("disclosure", equalTo("WRONG_MARKS_ONLY"))
                .body("attemptsLeft", equalTo(2)).extract().asString();
        String page = Jsoup.parse(Learners.as(email).get("/learn/attempts/" + id + "/result").then().statusCode(200)
                .extract().asString()).text();
        String pageFr = Jsoup.parse(Learners.as(email).cookie("cthb-lang", "fr").get("/learn/attempts/" + id
                + "/result").then().statusCode(200).extract().asString()).text();
        assertThat(json).doesNotContain("\"correct\":true").doesNotContain("\"feedback\"");
        JsonPath result = JsonPath.from(json);
        assertThat(result.getList("questions.options.flatten()")).isEmpty();
        for (String q : attempt.<String>getList("questions.id")) {
            CourseContent.QuestionContent question = module().quiz().question(q).orElseThrow();
            for (CourseContent.OptionContent option : question.options()) {
                String en = option.text().en().replaceAll("\\s+", " ").strip();
                String fr = option.text().fr().replaceAll("\\s+", " ").strip();
                if (option.correct()) {
                    assertThat(json).doesNotContain(option.text().en());
                    assertThat(page).doesNotContain(en);
                    assertThat(pageFr).doesNotContain(fr);
                }
                assertThat(page).doesNotContain(option.feedback().en().replaceAll("\\s+", " ").strip());
            }
        }
        // every question was wrong: each says what to re-read, where, and links back to a lesson of the module
        assertThat(result.getList("questions.correct")).containsOnly(false);
        assertThat(result.getList("questions.lesson", String.class)).allMatch(l -> module().lesson(l).isPresent());
        assertThat(page).contains("Re-read").contains("Policy paragraph").contains("Back to the lesson");
        Document html = Jsoup.parse(Learners.as(email).get("/learn/attempts/" + id + "/result").asString());
        assertThat(html.select("main a[href^=/learn/v/]").eachAttr("href"))
                .allMatch(h -> h.startsWith("/learn/v/" + version(email) + "/" + MODULE + "/0"));

        // after the last attempt the full key is shown, for this attempt too
        for (int more = 0; more < 2; more++) {
            coolDownOver(id);
            JsonPath next = start(email);
            id = next.getLong("id");
            answerAll(email, next, false);
            Learners.as(email).post(API + "/attempts/" + id + "/submit").then().statusCode(200);
        }
        JsonPath last = Learners.as(email).get(API + "/attempts/" + id + "/result").then().statusCode(200)
                .body("disclosure", equalTo("FULL_KEY")).body("attemptsLeft", equalTo(0)).extract().jsonPath();
        assertThat(last.getList("questions.options.flatten().correct")).contains(true);
        Learners.as(email).get(API + "/attempts/" + attempt.getLong("id") + "/result").then()
                .body("disclosure", equalTo("FULL_KEY"));
    }

    @Test
    void resumeAndReviewShowTheSameOrder() {
        String email = readyLearner("ISL");
        JsonPath first = start(email);
        long id = first.getLong("id");
        String q = first.getString("questions[0].id");
        Learners.as(email).body(Map.of("options", List.of("2"))).put(API + "/attempts/" + id + "/answers/" + q)
                .then().statusCode(200);
        JsonPath resumed = start(email);
        assertThat(resumed.getLong("id")).isEqualTo(id);
        assertThat(resumed.getList("questions.options.text")).isEqualTo(first.getList("questions.options.text"));
        assertThat(resumed.getList("questions[0].chosen")).containsExactly("2");
        Document page = Jsoup.parse(Learners.as(email).get("/learn/attempts/" + id).asString());
        List<String> labels = page.select("main fieldset.question").first().select("label").eachText();
        assertThat(labels).isEqualTo(first.getList("questions[0].options.text", String.class).stream()
                .map(t -> t.replaceAll("\\s+", " ").strip()).toList());
        assertThat(page.selectFirst("input[name=q-" + q + "][value=2]").hasAttr("checked")).isTrue();

        answerAll(email, first, true);
        JsonPath review = Learners.as(email).post(API + "/attempts/" + id + "/submit").then().statusCode(200)
                .body("passed", equalTo(true)).body("disclosure", equalTo("FULL_KEY")).extract().jsonPath();
        assertThat(review.getList("questions.options.text")).isEqualTo(first.getList("questions.options.text"));
        assertThat(review.getList("questions.options.id")).isEqualTo(first.getList("questions.options.id"));
    }

    @Test
    void aRetryDrawsQuestionsNotSeenBefore() {
        String email = readyLearner("ISL");
        JsonPath first = start(email);
        answerAll(email, first, false);
        Learners.as(email).post(API + "/attempts/" + first.getLong("id") + "/submit").then().statusCode(200);
        coolDownOver(first.getLong("id"));
        JsonPath second = start(email);
        Set<String> repeated = new HashSet<>(second.getList("questions.id"));
        repeated.retainAll(first.getList("questions.id"));
        // a pool of three times the draw: the second attempt needs to repeat nothing but, at most, a scenario
        assertThat(repeated).allMatch(q -> module().quiz().question(q).orElseThrow().askedAsScenario());
        assertThat(repeated).hasSizeLessThanOrEqualTo(1);
        assertThat(second.getList("questions.id", String.class))
                .anyMatch(q -> module().quiz().question(q).orElseThrow().askedAsScenario());
    }

    @Test
    void twoNationsLearnersInterleavedKeepTheirOwnOrdersAndAnswers() {
        String iceland = readyLearner("ISL");
        String estonia = readyLearner("EST");
        JsonPath a = start(iceland);
        JsonPath b = start(estonia);
        // each one's attempt is theirs alone
        Learners.as(iceland).get(API + "/attempts/" + b.getLong("id")).then().statusCode(404);
        Learners.as(estonia).body(Map.of("options", List.of("1")))
                .put(API + "/attempts/" + a.getLong("id") + "/answers/" + a.getString("questions[0].id"))
                .then().statusCode(404);
        Learners.as(estonia).get("/learn/attempts/" + a.getLong("id") + "/result").then().statusCode(404);
        // answers saved alternately, each by the positions of their own attempt
        List<String> qa = a.getList("questions.id");
        List<String> qb = b.getList("questions.id");
        for (int i = 0; i < Math.max(qa.size(), qb.size()); i++) {
            if (i < qa.size()) {
                Learners.as(iceland).body(Map.of("options", LessonsDone.positions(a, i,
                        module().quiz().question(qa.get(i)).orElseThrow(), true)))
                        .put(API + "/attempts/" + a.getLong("id") + "/answers/" + qa.get(i)).then().statusCode(200);
            }
            if (i < qb.size()) {
                Learners.as(estonia).body(Map.of("options", LessonsDone.positions(b, i,
                        module().quiz().question(qb.get(i)).orElseThrow(), true)))
                        .put(API + "/attempts/" + b.getLong("id") + "/answers/" + qb.get(i)).then().statusCode(200);
            }
        }
        Learners.as(estonia).post(API + "/attempts/" + b.getLong("id") + "/submit").then().body("score", equalTo(100));
        Learners.as(iceland).post(API + "/attempts/" + a.getLong("id") + "/submit").then().body("score", equalTo(100));
    }

    @Test
    void theQuizOpensOnceTheLessonsAreDoneAndTheAlternativeCounts() {
        String email = Learners.learner("ISL");
        int version = version(email);
        String start = API + "/versions/" + version + "/modules/" + MODULE + "/attempts";
        Learners.as(email).post(start).then().statusCode(409)
                .body("detail", containsString("opens once its lessons are done"))
                .body("detail", containsString(module().lessons().get(0).name()));
        // The page sends the learner back to the module's card, which says why (never an error page).
        Learners.as(email).redirects().follow(false).get("/learn/v/" + version + "/" + MODULE + "/quiz").then()
                .statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/learn#module-" + MODULE));
        Document dashboard = Jsoup.parse(Learners.as(email).get("/learn").asString());
        assertThat(dashboard.text()).contains("The quiz opens once you have finished this module's lessons (0 of "
                + module().lessons().size() + " done)");
        assertThat(dashboard.select("a[href=/learn/v/" + version + "/" + MODULE + "/quiz]")).isEmpty();
        List<CourseContent.LessonContent> lessons = module().lessons();
        for (int i = 0; i < lessons.size(); i++) {
            boolean alternative = i == 0 && lessons.get(i).en().alternative() != null;
            Learners.as(email).body(alternative ? Map.of("alternative", true) : Map.of())
                    .post(API + "/versions/" + version + "/modules/" + MODULE + "/lessons/" + lessons.get(i).name()
                            + "/done").then().statusCode(200);
            if (i < lessons.size() - 1) {
                Learners.as(email).post(start).then().statusCode(409);
            }
        }
        Learners.as(email).post(start).then().statusCode(200);
        assertThat(Jsoup.parse(Learners.as(email).get("/learn").asString())
                .select("a[href=/learn/v/" + version + "/" + MODULE + "/quiz]")).isNotEmpty();
    }

    @Test
    void aCertifiedLearnerRenewingMayTakeTheQuizFirstButARevokedOneMayNot() {
        Learners.Certified renewing = Learners.certified("ISL");
        Learners.Certified revoked = Learners.certified("ISL");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update certificate c join account a on a.id = c.account_id set c.expires_on = "
                    + "current_date + interval 10 day where a.email = ?1").setParameter(1, renewing.email())
                    .executeUpdate();
            em.createNativeQuery("delete p from lesson_progress p join account a on a.id = p.account_id "
                    + "where a.email in (?1, ?2)").setParameter(1, renewing.email()).setParameter(2, revoked.email())
                    .executeUpdate();
        });
        Learners.as(org.cthb.readiness.TestAccounts.admin()).body(Map.of("reason", "Issued in error"))
                .post("/api/certificates/" + revoked.number() + "/revoke").then().statusCode(200);
        int version = version(renewing.email());
        Document dashboard = Jsoup.parse(Learners.as(renewing.email()).get("/learn").asString());
        assertThat(dashboard.text()).contains("to renew your certificate you may take the quiz directly");
        Learners.as(renewing.email()).post(API + "/versions/" + version + "/modules/" + MODULE + "/attempts")
                .then().statusCode(200);
        Learners.as(revoked.email()).post(API + "/versions/" + version(revoked.email()) + "/modules/" + MODULE
                + "/attempts").then().statusCode(409).body("detail", containsString("opens once its lessons are done"));
    }
}
