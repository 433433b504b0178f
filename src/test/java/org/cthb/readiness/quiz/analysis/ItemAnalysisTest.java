package org.cthb.readiness.quiz.analysis;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.cthb.readiness.Csrf;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.quiz.AttemptView;
import org.cthb.readiness.quiz.QuizService;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.cthb.readiness.quiz.analysis.TestCourse.text;

/**
 * Item analysis of a crafted data set: ten learners submit the quiz of module "basics" with known answers, one
 * learner leaves an attempt open (it must not count), two submit module "extra", nobody takes module "later".
 *
 * <pre>
 * basics: q1 single (a right), q2 multiple (a and b right), q3 true/false (true right); all three drawn.
 *
 * learner  q1   q2      q3     x1 x2 x3  total
 *  L1      a    a,b     true    1  1  1    3
 *  L2      a    a,b     true    1  1  1    3
 *  L3      a    a       true    1  0  1    2
 *  L4      a    a,b     false   1  1  0    2
 *  L5      b    a,b     true    0  1  1    2
 *  L6      a    a,c     true    1  0  1    2
 *  L7      b    a       true    0  0  1    1
 *  L8      c    b       true    0  0  1    1
 *  L9      c    (none)  true    0  0  1    1
 *  L10     b    a,b,c   false   0  0  0    0
 *  open    c    c       false   (not submitted: ignored)
 * </pre>
 * Facility: q1 5/10 = 50.0, q2 4/10 = 40.0, q3 8/10 = 80.0.
 * Selection: q1 a 5 (50.0) b 3 (30.0) c 2 (20.0); q2 a 8 (80.0) b 6 (60.0) c 2 (20.0), 1 unanswered;
 * q3 true 8 (80.0) false 2 (20.0).
 * <p>
 * Discrimination r = (M1 - M0) / s * sqrt(p q), with rest score y = total - x, M1 and M0 the mean rest score of
 * those right and wrong, s the population standard deviation of y, p the facility as a proportion.
 * <ul>
 * <li>q1: y = 2,2,1,1,2,1,1,1,1,0. M1 = (2+2+1+1+1)/5 = 1.4, M0 = (2+1+1+1+0)/5 = 1.0, mean y = 1.2,
 * s = sqrt(18/10 - 1.44) = 0.6, r = 0.4 / 0.6 * sqrt(0.25) = 0.333.</li>
 * <li>q2: y = 2,2,2,1,1,2,1,1,1,0. M1 = (2+2+1+1)/4 = 1.5, M0 = (2+2+1+1+1+0)/6 = 1.1667, mean y = 1.3,
 * s = sqrt(21/10 - 1.69) = 0.6403, r = 0.3333 / 0.6403 * sqrt(0.24) = 0.255.</li>
 * <li>q3: y = 2,2,1,2,1,1,0,0,0,0. M1 = (2+2+1+1+1+0+0+0)/8 = 0.875, M0 = (2+0)/2 = 1.0, mean y = 0.9,
 * s = sqrt(15/10 - 0.81) = 0.8307, r = -0.125 / 0.8307 * sqrt(0.16) = -0.060: a question the stronger learners
 * fail more often, which is what the page is for.</li>
 * </ul>
 * extra: q4 single (a right), answered a by L1 and b by L2: facility 50.0, too few attempts for discrimination.
 * later: q6, never attempted: no facility, listed last.
 * <p>
 * Order, lowest facility first, ties in course order: q2 (40), q1 (50), q4 (50), q3 (80), q6 (none).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemAnalysisTest {

    @Inject
    QuizService quizzes;

    private String courseId;

    /** Once per class, but in a BeforeEach: REST Assured knows the random test port only from there. */
    @BeforeEach
    void takeTheQuizzes() {
        if (courseId != null) {
            return;
        }
        TestCourse course = course();
        courseId = course.id();
        Csrf.with(as(TestAccounts.create(Role.AUTHOR, null))).multiPart("file", "c.zip", course.zip())
                .post("/api/courses/import").then().statusCode(201);
        List<Map<String, List<String>>> basics = List.of(
                answers(List.of("a"), List.of("a", "b"), List.of("true")),
                answers(List.of("a"), List.of("a", "b"), List.of("true")),
                answers(List.of("a"), List.of("a"), List.of("true")),
                answers(List.of("a"), List.of("a", "b"), List.of("false")),
                answers(List.of("b"), List.of("a", "b"), List.of("true")),
                answers(List.of("a"), List.of("a", "c"), List.of("true")),
                answers(List.of("b"), List.of("a"), List.of("true")),
                answers(List.of("c"), List.of("b"), List.of("true")),
                answers(List.of("c"), null, List.of("true")),
                answers(List.of("b"), List.of("a", "b", "c"), List.of("false")));
        for (int i = 0; i < basics.size(); i++) {
            long learner = learner();
            take(learner, "basics", basics.get(i), true);
            if (i < 2) {
                take(learner, "extra", Map.of("q4", List.of(i == 0 ? "a" : "b")), true);
            }
        }
        take(learner(), "basics", answers(List.of("c"), List.of("c"), List.of("false")), false);
    }

    @Test
    void facilitySelectionAndDiscriminationMatchTheHandComputedValues() {
        JsonPath analysis = as(TestAccounts.create(Role.AUTHOR, null)).get(url(courseId, 1)).then().statusCode(200)
                .extract().jsonPath();
        assertThat(analysis.getList("items.questionId")).containsExactly("q2", "q1", "q4", "q3", "q6");
        assertThat(analysis.getInt("minimumAttempts")).isEqualTo(10);
        assertThat(analysis.getList("items.attempts", Integer.class)).containsExactly(10, 10, 2, 10, 0);
        assertThat(analysis.getList("items.correct", Integer.class)).containsExactly(4, 5, 1, 8, 0);
        assertThat(analysis.getList("items.unanswered", Integer.class)).containsExactly(1, 0, 0, 0, 0);
        assertThat(analysis.getList("items.facility", Double.class)).containsExactly(40.0, 50.0, 50.0, 80.0, null);
        assertThat(analysis.getList("items.discrimination", Double.class))
                .containsExactly(0.255, 0.333, null, -0.060, null);
        assertThat(analysis.getList("items.discriminationNullReason", String.class))
                .containsExactly(null, null, "SMALL_SAMPLE", null, "NO_ATTEMPTS");
        assertThat(analysis.getList("items[0].options.selectionRate", Double.class)).containsExactly(80.0, 60.0, 20.0);
        assertThat(analysis.getList("items[0].options.chosen", Integer.class)).containsExactly(8, 6, 2);
        assertThat(analysis.getList("items[0].options.correct", Boolean.class)).containsExactly(true, true, false);
        assertThat(analysis.getList("items[1].options.selectionRate", Double.class)).containsExactly(50.0, 30.0, 20.0);
        assertThat(analysis.getList("items[2].options.selectionRate", Double.class)).containsExactly(50.0, 50.0, 0.0);
        assertThat(analysis.getList("items[3].options.selectionRate", Double.class)).containsExactly(80.0, 20.0);
        assertThat(analysis.getList("items[4].options.selectionRate", Double.class)).containsExactly(null, null, null);
        assertThat(analysis.getString("items[1].text")).isEqualTo("Which one is right in basics?");
        assertThat(analysis.getString("items[1].paragraph")).isEqualTo("4");
        // q3 (-0.060) separates badly; q4 has too few attempts to be flagged; nothing is above 95 %
        assertThat(analysis.getList("items.flags")).containsExactly(List.of(), List.of(), List.of(),
                List.of("LOW_DISCRIMINATION"), List.of());
    }

    @Test
    void theCsvExportCarriesTheFlags() {
        String csv = as(TestAccounts.create(Role.AUTHOR, null)).get(url(courseId, 1) + "/export.csv").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        // cells that a spreadsheet would read as a formula (a leading '-') are quoted by CsvExport, numbers too
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).endsWith("discriminationNullReason,flags");
        assertThat(lines).anyMatch(l -> l.startsWith("basics,q3,truefalse,15,10,8,0,80.0,'-0.06,,LOW_DISCRIMINATION"));
        assertThat(lines).anyMatch(l -> l.startsWith("basics,q1,single,4,10,5,0,50.0,0.333,,") && l.endsWith(","));
        as(TestAccounts.create(Role.LEARNER, null)).get(url(courseId, 1) + "/export.csv").then().statusCode(403);
    }

    @Test
    void thePageShowsTheFlag() {
        as(TestAccounts.create(Role.AUTHOR, null)).get("/author/item-analysis/" + courseId + "/1").then()
                .statusCode(200).body(containsString("flag-LOW_DISCRIMINATION"))
                .body(containsString("Low discrimination: below 0.1"))
                .body(not(containsString("flag-TOO_EASY")));
    }

    @Test
    void textsFollowTheLanguageOfTheRequest() {
        as(TestAccounts.create(Role.ADMIN, null)).cookie("cthb-lang", "fr").get(url(courseId, 1)).then()
                .statusCode(200).body("language", org.hamcrest.Matchers.equalTo("fr"))
                .body("items[1].text", org.hamcrest.Matchers.equalTo("Laquelle est juste dans basics ?"))
                .body("items[1].options[0].text", org.hamcrest.Matchers.equalTo("Option a (fr)"));
    }

    @Test
    void onlyAuthorsAndAdministratorsSeeIt() {
        as(TestAccounts.create(Role.LEARNER, null)).get(url(courseId, 1)).then().statusCode(403);
        as(TestAccounts.create(Role.NATION_OFFICER, "ISL")).get(url(courseId, 1)).then().statusCode(403);
        given().get(url(courseId, 1)).then().statusCode(401);
        as(TestAccounts.create(Role.LEARNER, null)).get("/author/item-analysis/" + courseId + "/1").then()
                .statusCode(403);
    }

    @Test
    void documentedInOpenApi() {
        JsonPath openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertThat(openApi.getMap("paths").keySet()).contains("/api/courses/{id}/versions/{version}/item-analysis");
        assertThat(openApi.getMap("components.schemas").keySet()).contains("ItemAnalysis", "ItemAnalysisItem",
                "ItemAnalysisOption");
    }

    @Test
    void unknownCourseOrVersionIsNotFound() {
        RequestSpecification author = as(TestAccounts.create(Role.AUTHOR, null));
        author.get(url(courseId, 2)).then().statusCode(404);
        author.get(url("no-such-course", 1)).then().statusCode(404);
        author.get("/author/item-analysis/" + courseId + "/2").then().statusCode(404);
    }

    @Test
    void pageShowsTheTableInThePageLanguage() {
        String author = TestAccounts.create(Role.AUTHOR, null);
        as(author).get("/author/item-analysis/" + courseId + "/1").then().statusCode(200)
                .body(containsString("<caption>Questions by facility, lowest first</caption>"))
                .body(containsString("Which one is right in basics?"))
                .body(containsString("<strong>Option a (correct answer)</strong>: 50.0 % (5)"))
                .body(containsString("Policy paragraph 4"))
                .body(containsString("-0.060"))
                .body(containsString("fewer than 10 attempts"));
        as(author).cookie("cthb-lang", "fr").get("/author/item-analysis/" + courseId + "/1").then().statusCode(200)
                .body(containsString("Analyse des questions"))
                .body(containsString("Laquelle est juste dans basics ?"))
                .body(containsString("<strong>Option a (fr) (bonne réponse)</strong>: 50,0 % (5)"))
                .body(containsString("0,333"))
                .body(not(containsString("Which one is right")));
    }

    private static String url(String course, int version) {
        return "/api/courses/" + course + "/versions/" + version + "/item-analysis";
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD);
    }

    private static long learner() {
        String email = TestAccounts.create(Role.LEARNER, null);
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> Account.byEmail(email).orElseThrow().id);
    }

    private static Map<String, List<String>> answers(List<String> q1, List<String> q2, List<String> q3) {
        Map<String, List<String>> answers = new java.util.HashMap<>();
        answers.put("q1", q1);
        answers.put("q2", q2);
        answers.put("q3", q3);
        answers.values().removeIf(java.util.Objects::isNull);
        return answers;
    }

    /** Starts an attempt through the quiz service, saves the answers and, if asked, submits it. */
    private void take(long learner, String module, Map<String, List<String>> answers, boolean submit) {
        org.cthb.readiness.quiz.LessonsDone.forModule(learner, courseId, 1, module);
        AttemptView attempt = quizzes.start(learner, courseId, 1, module, "en");
        answers.forEach((question, options) -> quizzes.saveAnswer(learner, attempt.id(), question, options));
        if (submit) {
            quizzes.submit(learner, attempt.id(), "en");
        }
    }

    private static TestCourse course() {
        TestCourse course = new TestCourse("analysis");
        course.file("course.yaml", "id: " + course.id() + "\ntitle: " + text("Analysis", "Analyse")
                + "\ndescription: " + text("For item analysis.", "Pour l'analyse.")
                + "\nmodules:\n  - 01-basics\n  - 02-extra\n  - 03-later\n");
        module(course, "01-basics", "basics", 3, question("q1", "single", "a") + question("q2", "multiple", "a", "b")
                + trueFalse("q3"));
        module(course, "02-extra", "extra", 1, question("q4", "single", "a"));
        module(course, "03-later", "later", 1, question("q6", "single", "a"));
        return course;
    }

    private static void module(TestCourse course, String folder, String id, int draw, String questions) {
        course.file(folder + "/module.yaml", "id: " + id + "\ntitle: " + text("Module " + id, "Module " + id + " (fr)")
                + "\nsummary: " + text("Summary", "Résumé") + "\nroles: [ALL_PERSONNEL]\nlessons:\n  - 01-intro\n"
                + "quiz: quiz.yaml\n");
        course.lesson(folder, "01-intro", "Intro", "# Intro\n\nSome text.");
        course.file(folder + "/quiz.yaml", "draw: " + draw + "\npassMark: 100\nattempts: 3\ncooldownMinutes: 0\n"
                + "questions:\n" + questions.replace("MODULE", id));
    }

    private static String question(String id, String type, String... right) {
        StringBuilder yaml = new StringBuilder("  - id: " + id + "\n    type: " + type + "\n    paragraph: \"4\"\n"
                + "    text: " + text("Which one is right in MODULE?", "Laquelle est juste dans MODULE ?")
                + "\n    options:\n");
        for (String option : List.of("a", "b", "c")) {
            yaml.append("      - id: ").append(option).append('\n');
            if (List.of(right).contains(option)) {
                yaml.append("        correct: true\n");
            }
            yaml.append("        text: ").append(text("Option " + option, "Option " + option + " (fr)")).append('\n')
                    .append("        feedback: ").append(text("Because.", "Parce que.")).append('\n');
        }
        return yaml.toString();
    }

    private static String trueFalse(String id) {
        return "  - id: " + id + "\n    type: truefalse\n    paragraph: \"15\"\n    text: "
                + text("True or false?", "Vrai ou faux ?") + "\n    options:\n"
                + "      - id: \"true\"\n        correct: true\n        text: " + text("True", "Vrai")
                + "\n        feedback: " + text("Yes.", "Oui.") + "\n"
                + "      - id: \"false\"\n        text: " + text("False", "Faux")
                + "\n        feedback: " + text("No.", "Non.") + "\n";
    }
}
