package org.cthb.readiness.browser;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page a learner sees passes axe-core's WCAG 2.1 A and AA rules, in English and in French. */
@QuarkusTest
class AccessibilityBrowserTest extends BrowserTest {

    private static final String COURSE = "cthb-predeployment";
    private static final String SENSITIVE = "/what-trafficking-is/01-act-means-purpose";

    @Inject
    CourseCatalog catalog;

    private final List<String> violations = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyLearnerPageHasNoViolations(String lang) {
        browser.language(lang);
        check(List.of("/signin", "/signin?error=1", "/", "/support", "/verify"));
        browser.open("/signin");
        String learner = TestAccounts.create(Role.LEARNER, null);
        browser.signIn(learner, TestAccounts.PASSWORD);
        assertThat(browser.lang()).isEqualTo(lang);
        check(List.of("/", "/support", "/certificates", "/learn"));
        String lesson = browser.find("main section.next a.button").getDomAttribute("href");
        int version = Integer.parseInt(lesson.split("/")[3]);
        String sensitive = "/learn/v/" + version + SENSITIVE;
        check(List.of(lesson, sensitive, sensitive + "?view=lesson", sensitive + "?view=alternative"));
        org.cthb.readiness.quiz.LessonsDone.forModule(learner, version, "why-it-matters");
        checkQuizPages(version);
        check(List.of("/learn"));
        assertThat(violations).withFailMessage(() -> "axe-core found violations of " + String.join(", ", Axe.TAGS)
                + " (" + lang + "):\n" + String.join("", violations)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyStaffPageHasNoViolations(String lang) {
        browser.language(lang);
        browser.signIn(TestAccounts.create(Role.NATION_OFFICER, "ISL"), TestAccounts.PASSWORD);
        check(List.of("/standards", "/nations/ISL/standard", "/nations/ISL/readiness?mission=KFOR",
                "/nations/ISL/readiness/forecast?mission=KFOR", "/nations/ISL/roster"));
        browser.signOut();
        browser.open("/signin");
        browser.signIn(TestAccounts.admin(), TestAccounts.PASSWORD);
        check(List.of("/standards", "/admin/accounts"));
        assertThat(violations).withFailMessage(() -> "axe-core found violations of " + String.join(", ", Axe.TAGS)
                + " (" + lang + "):\n" + String.join("", violations)).isEmpty();
    }

    private void checkQuizPages(int version) {
        browser.open("/learn/v/" + version + "/why-it-matters/quiz");
        assertThat(browser.path()).matches("/learn/attempts/\\d+");
        String attempt = browser.path();
        check(List.of(attempt));
        assertEveryQuestionGroupIsDescribedByItsText();
        CourseContent.ModuleContent module = catalog.version(COURSE, version).content().module("why-it-matters")
                .orElseThrow();
        QuizForm.answer(browser, module, true);
        QuizForm.missFirstQuestion(browser, module);
        browser.follow("main button[name=save]");
        checkCurrent();
        browser.follow("main button[name=submit]");
        assertThat(browser.path()).isEqualTo(attempt + "/result");
        checkCurrent();
    }

    /** The legend only says "Question 1": screen readers need the question itself with the group of options. */
    private void assertEveryQuestionGroupIsDescribedByItsText() {
        for (WebElement question : browser.findAll("main fieldset.question")) {
            String[] describedBy = question.getDomAttribute("aria-describedby").split(" ");
            String text = browser.text("#" + describedBy[describedBy.length - 1]);
            assertThat(question.getText()).contains(text);
            assertThat(text).isNotBlank();
        }
    }

    private void check(List<String> paths) {
        for (String path : paths) {
            browser.open(path);
            checkCurrent();
        }
    }

    private void checkCurrent() {
        String found = Axe.violations(browser.driver());
        if (!found.isEmpty()) {
            violations.add(browser.path() + "\n" + found);
        }
    }
}
