package org.cthb.readiness.learning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.Csrf;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.quiz.analysis.TestCourse;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.quiz.analysis.TestCourse.quoted;
import static org.cthb.readiness.quiz.analysis.TestCourse.text;

/**
 * Authored content is untrusted. Each payload goes into every authored text a learner sees: course, module and
 * lesson titles, module summary, content note, lesson and alternative Markdown, scenario, question, option labels,
 * feedback and policy paragraph. The validator may refuse it in Markdown (then only in Markdown: titles and labels
 * are plain text, escaped on output); whatever is imported is then read as a learner on every page that shows it,
 * and no page may carry script, event handlers, script or data URLs, frames or foreign forms.
 */
@QuarkusTest
@TestProfile(AuthoredContentXssTest.XssCourse.class)
class AuthoredContentXssTest {

    static final String COURSE = "xss-probe";

    /** Learners follow the probe course, so that the shipped course stays as other tests expect it. */
    public static class XssCourse implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cthb.learning.course", COURSE);
        }
    }

    static List<String> payloads() {
        return XssPayloads.all();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void payloadNeverReachesALearnerPage(String payload) {
        Response everywhere = importCourse(course(payload, payload));
        if (everywhere.statusCode() == 422) {
            assertThat(everywhere.jsonPath().getList("problems.file", String.class)).as(everywhere.asString())
                    .isNotEmpty().allMatch(file -> file.endsWith(".md"));
            importCourse(course(payload, "Plain text.")).then().statusCode(201);
        } else {
            assertThat(everywhere.statusCode()).as(everywhere.asString()).isEqualTo(201);
        }
        readEveryPageAsANewLearner(payload);
    }

    private static void readEveryPageAsANewLearner(String payload) {
        String learner = TestAccounts.create(Role.LEARNER, null);
        int version = as(learner).get("/api/learning/dashboard").then().statusCode(200).extract().path("version");
        String lesson = "/learn/v/" + version + "/basics/01-intro";
        assertShownAsText(assertSafe(as(learner).get("/learn")), payload);
        assertSafe(as(learner).get(lesson));
        assertSafe(as(learner).get(lesson + "?view=lesson"));
        assertSafe(as(learner).get(lesson + "?view=alternative"));
        org.cthb.readiness.quiz.LessonsDone.forModule(org.cthb.readiness.quiz.LessonsDone.accountId(learner), COURSE,
                version, "basics");
        String attempt = as(learner).redirects().follow(false).get("/learn/v/" + version + "/basics/quiz").then()
                .statusCode(303).extract().header("Location");
        assertShownAsText(assertSafe(as(learner).get(attempt)), payload);
        String id = attempt.substring(attempt.lastIndexOf('/') + 1);
        as(learner).contentType(ContentType.JSON).body(Map.of("options", List.of("1")))
                .put("/api/learning/attempts/" + id + "/answers/q1").then().statusCode(200);
        as(learner).contentType(ContentType.JSON).post("/api/learning/attempts/" + id + "/submit").then()
                .statusCode(200);
        assertSafe(as(learner).get("/learn/attempts/" + id + "/result"));
        assertSafe(as(learner).cookie("cthb-lang", "fr").get("/learn/attempts/" + id + "/result"));
    }

    private static String assertSafe(Response page) {
        assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
        assertThat(HtmlSafety.problems(page.asString())).as(page.asString()).isEmpty();
        return page.asString();
    }

    /** The payload did reach the page, as the text the author typed: the check above was not vacuous. */
    private static void assertShownAsText(String html, String payload) {
        assertThat(org.jsoup.Jsoup.parse(html).body().text()).contains(payload.replaceAll("\\s+", " ").trim());
    }

    private static Response importCourse(TestCourse course) {
        return Csrf.with(as(TestAccounts.create(Role.AUTHOR, null))).multiPart("file", "c.zip", course.zip())
                .post("/api/courses/import");
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD);
    }

    /** Every module some role of the NATO baseline requires. */
    private static List<String> requiredModules() {
        Map<String, Map<String, Object>> roles = as(TestAccounts.admin()).get("/api/standards/baseline").then()
                .statusCode(200).extract().jsonPath().getMap("roles");
        return roles.values().stream().flatMap(r -> ((List<?>) r.get("modules")).stream()).map(String::valueOf)
                .distinct().sorted().toList();
    }

    private static void plainModule(TestCourse course, String folder, String id) {
        course.file(folder + "/module.yaml", "id: " + id + "\ntitle: " + text("Module " + id, "Module " + id)
                + "\nsummary: " + text("Plain.", "Simple.") + "\nroles: [ALL_PERSONNEL]\nlessons:\n  - 01-plain\n"
                + "quiz: quiz.yaml\n");
        for (String lang : List.of("en", "fr")) {
            course.file(folder + "/01-plain." + lang + ".md", "---\ntitle: Plain\nminutes: 5\nsensitive: false\n---\n# Plain\n\nText.\n");
        }
        course.file(folder + "/quiz.yaml", "draw: 1\npassMark: 100\nattempts: 3\ncooldownMinutes: 0\nquestions:\n"
                + "  - id: q1\n    type: single\n    paragraph: \"31\"\n    text: " + text("Which?", "Lequel ?")
                + "\n    options:\n      - id: a\n        correct: true\n        text: " + text("This", "Ceci")
                + "\n        feedback: " + text("Yes.", "Oui.") + "\n      - id: b\n        text: "
                + text("That", "Cela") + "\n        feedback: " + text("No.", "Non.") + "\n");
    }

    /** The payload in every plain-text field, and {@code markdown} in the lesson and its alternative. */
    private static TestCourse course(String payload, String markdown) {
        TestCourse course = new TestCourse(COURSE, false);
        String both = text(payload, payload);
        // A new description each time makes each import a new version, which new learners then get.
        // The learning course must hold every module the standards in force require (they may have been read off
        // the shipped course by an earlier test): plain ones beside the probe module.
        List<String> others = requiredModules().stream().filter(m -> !m.equals("basics")).toList();
        StringBuilder folders = new StringBuilder("  - 01-basics\n");
        for (int i = 0; i < others.size(); i++) {
            String folder = String.format("%02d-%s", i + 2, others.get(i));
            folders.append("  - ").append(folder).append('\n');
            plainModule(course, folder, others.get(i));
        }
        course.file("course.yaml", "id: " + COURSE + "\ntitle: " + both + "\ndescription: "
                + text("Run " + UUID.randomUUID(), "Essai") + "\nmodules:\n" + folders);
        course.file("01-basics/module.yaml", "id: basics\ntitle: " + both + "\nsummary: " + both
                + "\nroles: [ALL_PERSONNEL]\nlessons:\n  - 01-intro\nquiz: quiz.yaml\n");
        for (String lang : List.of("en", "fr")) {
            course.file("01-basics/01-intro." + lang + ".md", "---\ntitle: " + quoted(payload) + "\nminutes: 5\n"
                    + "sensitive: true\ncontentNote: " + quoted(payload) + "\nalternative: alt/01-intro." + lang
                    + ".md\n---\n# Lesson\n\n" + markdown + "\n\nText " + markdown + " text.\n");
            course.file("01-basics/alt/01-intro." + lang + ".md", "---\ntitle: " + quoted(payload)
                    + "\nminutes: 4\nsensitive: false\n---\n" + markdown + "\n");
        }
        // one attempt: its result shows the full key, so every authored feedback reaches the result page
        course.file("01-basics/quiz.yaml", "draw: 1\npassMark: 100\nattempts: 1\ncooldownMinutes: 0\nquestions:\n"
                + "  - id: q1\n    type: scenario\n    paragraph: " + quoted(payload) + "\n    scenario: " + both
                + "\n    text: " + both + "\n    options:\n"
                + "      - id: a\n        correct: true\n        text: " + both + "\n        feedback: " + both + "\n"
                + "      - id: b\n        text: " + both + "\n        feedback: " + both + "\n");
        return course;
    }
}
