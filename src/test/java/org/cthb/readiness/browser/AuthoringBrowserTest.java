package org.cthb.readiness.browser;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.authoring.Fixtures;
import org.cthb.readiness.authoring.Restore;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An author revises the shipped course in the browser and publishes it: new learners get the new version,
 * a learner who had started keeps theirs. The author pages pass axe-core in English and French.
 */
@QuarkusTest
class AuthoringBrowserTest extends BrowserTest {

    private static final String COURSE = "cthb-predeployment";
    private static final String LESSON = "why-it-matters/01-a-grave-abuse";
    private static final String ADDED = "This sentence was added in the browser.";

    @Inject
    CourseCatalog catalog;

    private final List<String> violations = new ArrayList<>();

    @Test
    void anAuthorEditsPreviewsAndPublishesWhileAStartedLearnerKeepsTheirVersion() {
        CourseContent before = catalog.current(COURSE).content();
        String early = TestAccounts.create(Role.LEARNER, null);
        try {
            int oldVersion = startAsLearner(early);
            int newVersion = editAndPublish();
            assertThat(newVersion).isGreaterThan(oldVersion);

            assertThat(startAsLearner(TestAccounts.create(Role.LEARNER, null))).isEqualTo(newVersion);
            browser.open("/learn/v/" + newVersion + "/" + LESSON);
            assertThat(browser.text("main article.lesson")).contains(ADDED);

            assertThat(startAsLearner(early)).isEqualTo(oldVersion);
            browser.open("/learn/v/" + oldVersion + "/" + LESSON);
            assertThat(browser.text("main article.lesson")).doesNotContain(ADDED);
        } finally {
            Restore.publish(COURSE, before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void authorPagesHaveNoViolations(String lang) {
        String course = Fixtures.freshCourse("valid-sensitive");
        String author = Fixtures.author();
        Fixtures.as(author).post("/api/authoring/courses/" + course + "/draft").then().statusCode(201);
        untranslateAQuestion(author, course);
        browser.language(lang);
        browser.open("/signin");
        browser.signIn(author, TestAccounts.PASSWORD);
        String draft = "/author/courses/" + course + "/draft";
        String module = draft + "/modules/basics";
        for (String page : List.of("/author", "/author/courses/" + course, draft, module, module + "/lessons/01-intro",
                module + "/quiz", module + "/questions/q1", "/author/courses/" + course + "/compare?from=1&to=draft")) {
            browser.open(page);
            assertThat(browser.lang()).isEqualTo(lang);
            if (page.endsWith("/questions/q1")) {
                assertThat(browser.findAll("main label[for=text_fr] .flag")).hasSize(1);
            }
            checkCurrent();
        }
        assertThat(violations).withFailMessage(() -> "axe-core found violations of " + String.join(", ", Axe.TAGS)
                + " (" + lang + "):\n" + String.join("", violations)).isEmpty();
    }

    /** Signs in as the learner and opens the training; the version their next lesson belongs to. */
    private int startAsLearner(String email) {
        browser.reset();
        browser.open("/signin");
        browser.signIn(email, TestAccounts.PASSWORD);
        browser.open("/learn");
        String lesson = browser.find("main section.next a.button").getDomAttribute("href");
        return Integer.parseInt(lesson.split("/")[3]);
    }

    /** Edits a question and a lesson through the forms, previews the lesson, publishes; the new version. */
    private int editAndPublish() {
        browser.reset();
        browser.open("/signin");
        browser.signIn(Fixtures.author(), TestAccounts.PASSWORD);
        browser.open("/learn");
        browser.follow("header a[href='/author']");
        browser.follow("main a[href='/author/courses/" + COURSE + "']");
        List<WebElement> create = browser.findAll("main form[action$='/draft'] button");
        browser.follow(create.isEmpty() ? browser.find("main a.button[href$='/draft']") : create.get(0));
        browser.follow("main a[href$='/modules/why-it-matters']");
        browser.follow("main a[href$='/quiz']");
        browser.follow("main a[href$='/questions/q01']");
        WebElement text = browser.find("#text_en");
        text.clear();
        text.sendKeys("Which statement best reflects how NATO describes trafficking in human beings?");
        browser.follow("#save-question");
        assertThat(browser.findAll("main p.ok")).as(browser.path() + ": " + browser.text("main")).hasSize(1);

        browser.follow("main nav a");
        browser.follow("main nav a");
        browser.follow("main a[href$='/lessons/01-a-grave-abuse']");
        browser.find("#en_markdown").sendKeys("\n\n" + ADDED + "\n");
        browser.follow("#save-preview");
        assertThat(browser.text("#preview")).contains(ADDED);

        browser.open("/author/courses/" + COURSE + "/draft");
        browser.follow("#publish");
        assertThat(browser.path()).isEqualTo("/author/courses/" + COURSE + "/draft/publish");
        browser.follow("#publish");
        assertThat(browser.path()).startsWith("/author/courses/" + COURSE + "?published=");
        return Integer.parseInt(browser.path().replaceAll(".*published=", ""));
    }

    @SuppressWarnings("unchecked")
    private static void untranslateAQuestion(String author, String course) {
        var draft = Fixtures.as(author).get("/api/authoring/courses/" + course + "/draft").then().extract().jsonPath();
        Map<String, Object> content = draft.getMap("content");
        var modules = (List<Map<String, Object>>) content.get("modules");
        var questions = (List<Map<String, Object>>) ((Map<String, Object>) modules.get(0).get("quiz")).get("questions");
        ((Map<String, Object>) questions.get(0).get("text")).put("fr", "");
        Fixtures.as(author).body(Map.of("revision", draft.getInt("revision"), "content", content))
                .put("/api/authoring/courses/" + course + "/draft").then().statusCode(200);
    }

    private void checkCurrent() {
        String found = Axe.violations(browser.driver());
        if (!found.isEmpty()) {
            violations.add(browser.path() + "\n" + found);
        }
    }
}
