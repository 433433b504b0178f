package org.cthb.readiness.browser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.certificate.Learners;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.journey.TimeTravel;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: a learner starts a quiz, saves two answers and leaves, reads the lessons, comes back the next day
 * (their timestamps moved back a day, see {@link TimeTravel}), resumes the same attempt with the answers kept,
 * fails, is told when to come back, waits out the cool-down, passes, and downloads the certificate.
 */
@QuarkusTest
class ComesBackNextDayBrowserTest extends BrowserTest {

    private static final String COURSE = "cthb-predeployment";
    private static final String MODULE = "why-it-matters";
    private static final Pattern VERSION = Pattern.compile("/learn/v/(\\d+)/");

    @Inject
    CourseCatalog catalog;

    @Test
    void startsLeavesReadsComesBackFailsWaitsPassesAndDownloadsTheCertificate() {
        Words words = Words.ENGLISH;
        String me = Learners.learner("EST");
        browser.open("/signin");
        browser.signIn(me, TestAccounts.PASSWORD);
        browser.open("/learn");
        assertThat(browser.text("main h1")).isEqualTo(words.myTraining());
        Matcher m = VERSION.matcher(browser.find("main section.next a.button").getDomAttribute("href"));
        assertThat(m.find()).isTrue();
        int version = Integer.parseInt(m.group(1));
        CourseContent.ModuleContent module = catalog.version(COURSE, version).content().module(MODULE).orElseThrow();

        // The lessons first (the quiz opens once they are done), then two answers saved.
        assertThat(browser.text("main ol.modules > li:nth-child(1)")).contains("The quiz opens once you have finished");
        browser.open("/learn/v/" + version + "/" + MODULE + "/01-a-grave-abuse");
        browser.follow("main form[action$='/done'] button[type=submit]");
        assertThat(browser.path()).endsWith("/02-protectors-not-abusers");
        browser.follow("main form[action$='/done'] button[type=submit]");
        browser.open("/learn/v/" + version + "/" + MODULE + "/quiz");
        String attempt = browser.path();
        assertThat(attempt).matches("/learn/attempts/\\d+");
        List<WebElement> questions = browser.findAll("main fieldset.question");
        assertThat(questions).hasSize(module.quiz().draw());
        for (WebElement question : questions.subList(0, 2)) {
            QuizForm.inputs(question, module, true).forEach(WebElement::click);
        }
        browser.follow("main button[name=save]");
        assertThat(browser.text("main p[role=status]")).isEqualTo("2 of 5 questions answered");
        browser.follow("main nav a[href='/learn']");
        assertThat(browser.text("main ol.modules > li:nth-child(1)")).contains("In progress");
        browser.signOut();
        assertThat(browser.path()).isEqualTo("/signin");

        // The next day: the same attempt, with both answers still ticked.
        TimeTravel.daysPass(me, 1);
        browser.signIn(me, TestAccounts.PASSWORD);
        browser.open("/learn");
        assertThat(browser.text("main ol.modules > li:nth-child(1)")).contains("2 of 2");
        browser.open("/learn/v/" + version + "/" + MODULE + "/quiz");
        assertThat(browser.path()).as("resumes the open attempt").isEqualTo(attempt);
        assertThat(browser.text("main p[role=status]")).isEqualTo("2 of 5 questions answered");
        assertThat(browser.findAll("main fieldset.question input:checked").size()).isGreaterThanOrEqualTo(2);

        // Fails, and is told when to come back.
        QuizForm.answer(browser, module, false);
        browser.follow("main button[name=submit]");
        assertThat(browser.path()).isEqualTo(attempt + "/result");
        assertThat(browser.text("main p[role=status]")).startsWith(words.notPassed());
        browser.open("/learn/v/" + version + "/" + MODULE + "/quiz");
        // Never an error page: the module's card on the dashboard says when the next attempt opens.
        assertThat(browser.path()).isEqualTo("/learn");
        assertThat(browser.text("main #module-" + MODULE)).contains("Your next attempt opens on");

        // After the cool-down: a new attempt, passed.
        TimeTravel.minutesPass(me, 31);
        browser.open("/learn/v/" + version + "/" + MODULE + "/quiz");
        assertThat(browser.path()).matches("/learn/attempts/\\d+").isNotEqualTo(attempt);
        assertThat(browser.text("main")).contains("Attempt 2 of 3");
        QuizForm.answer(browser, module, true);
        browser.follow("main button[name=submit]");
        assertThat(browser.text("main p[role=status]")).isEqualTo(words.passed());

        // The rest through the API; the certificate on its page, and its PDF downloaded with the session.
        Learners.passAllBut(me, 0);
        browser.open("/learn");
        browser.follow("main p.ok a[href='/certificates']");
        assertThat(browser.findAll("main li.card")).hasSize(1);
        assertThat(browser.text("main li.card")).contains("Valid");
        String pdf = browser.find("main li.card a[hreflang=en]").getDomAttribute("href");
        Response download = given().cookie("cthb-session",
                browser.driver().manage().getCookieNamed("cthb-session").getValue()).get(pdf);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.asByteArray().length).isGreaterThan(1000);
    }
}
