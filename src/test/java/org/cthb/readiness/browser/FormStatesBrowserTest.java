package org.cthb.readiness.browser;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.certificate.Learners;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.quiz.LessonsDone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learner's pages in the states only a form leads to, which the link walk of {@link EveryScreenBrowserTest}
 * never reaches: the quiz after "Save" (the "Saved" note must be on screen, not above it), the quiz warning about
 * unanswered questions, and the result of a failed attempt with its "what next" box. Each on a phone and a laptop,
 * in English and French: nothing wider than the screen, no axe-core violation.
 */
@QuarkusTest
class FormStatesBrowserTest extends BrowserTest {

    private static final String MODULE = "why-it-matters";
    /** Whether the element is within the visible part of the page, as "top;bottom;viewport height". */
    private static final String ON_SCREEN = """
            const e = document.querySelector(arguments[0]);
            if (!e) { return 'missing'; }
            const r = e.getBoundingClientRect();
            return (r.top >= 0 && r.bottom <= window.innerHeight ? 'yes' : 'no')
              + ' (top ' + Math.round(r.top) + ', bottom ' + Math.round(r.bottom) + ', screen ' + window.innerHeight + ')';
            """;

    @Inject
    CourseCatalog catalog;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void savedUnansweredAndFailedStatesFitAndPassAxe(String lang) {
        String me = Learners.learner("EST");
        int version = catalog.current(LessonsDone.SHIPPED).number();
        LessonsDone.forModule(me, version, MODULE);
        CourseContent.ModuleContent module = catalog.version(LessonsDone.SHIPPED, version).content().module(MODULE)
                .orElseThrow();
        List<String> faults = new ArrayList<>();
        browser.language(lang);
        browser.signIn(me, TestAccounts.PASSWORD);
        // On a phone, where the buttons are a long way down the page.
        emulate(390);
        browser.open("/learn/v/" + version + "/" + MODULE + "/quiz");
        assertThat(browser.path()).startsWith("/learn/attempts/");

        QuizForm.missFirstQuestion(browser, module);
        browser.follow("main #actions button[name=save]");
        assertThat(browser.path()).endsWith("?saved=1");
        String onScreen = (String) ((ChromeDriver) browser.driver()).executeScript(ON_SCREEN,
                "main #actions [role=status]");
        assertThat(onScreen).as("\"Saved\" is shown where the learner pressed Save").startsWith("yes");
        check("the quiz after Save in " + lang, faults);

        browser.follow("main #actions button[name=submit]");
        assertThat(browser.path()).endsWith("?unanswered=1");
        onScreen = (String) ((ChromeDriver) browser.driver()).executeScript(ON_SCREEN, "main #actions [role=alert]");
        assertThat(onScreen).as("the warning is shown beside the buttons").startsWith("yes");
        check("the quiz warning of unanswered questions in " + lang, faults);

        emulate(390);
        browser.follow("main #actions button[name=submit][value=confirmed]");
        assertThat(browser.path()).endsWith("/result");
        assertThat(browser.findAll("main #retry")).hasSize(1);
        check("the result of a failed attempt in " + lang, faults);

        assertThat(faults).withFailMessage(() -> faults.size() + " faults:\n" + String.join("\n", faults)).isEmpty();
    }

    private void check(String where, List<String> faults) {
        assertThat(browser.lang()).as(where).isEqualTo(where.substring(where.length() - 2));
        for (int width : new int[]{320, 390, 1366}) {
            emulate(width);
            String overflow = (String) ((ChromeDriver) browser.driver()).executeScript(EveryScreenBrowserTest.OVERFLOW);
            if (!overflow.isEmpty()) {
                faults.add(where + " at " + width + " px: wider than the screen, " + overflow);
            }
            if (width != 320) {
                String axe = Axe.violationsWithoutFrames(browser.driver());
                if (!axe.isEmpty()) {
                    faults.add(where + " at " + width + " px: axe-core\n" + axe);
                }
            }
        }
    }

    private void emulate(int width) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width < 600));
    }
}
