package org.cthb.readiness.browser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.quiz.LessonsDone;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium with its network switched off and on (network emulation): a learner keeps the course on the phone,
 * reads lessons offline (a reload too), marks one done and answers a quiz offline, is told that submitting needs the
 * network, and, back online, finds everything on the server; an attempt submitted elsewhere meanwhile wins, and the
 * learner is told; signing out leaves nothing behind.
 */
@QuarkusTest
class OfflineBrowserTest extends BrowserTest {

    private static final String MODULE = "how-it-happens";
    private static final String LESSON_MODULE = "why-it-matters";
    private static final String LESSON = "01-a-grave-abuse";

    private NetworkSwitch network;

    @AfterEach
    void backOnline() {
        if (network != null) {
            network.offline(false);
            network.close();
            network = null;
        }
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private void waitFor(String what, Supplier<Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .withMessage(what).until(d -> condition.get());
    }

    /** Signs in, keeps the course on the phone, and returns the learner's course version. */
    private int signInAndKeepTheCourse(String me) {
        browser.open("/signin");
        browser.signIn(me, TestAccounts.PASSWORD);
        int version = as(me).get("/api/learning/dashboard").then().statusCode(200).extract().path("version");
        browser.open("/learn");
        browser.follow("main a[href='/learn/offline']");
        assertThat(browser.find("#offline-needs-js").isDisplayed()).as("the no-JavaScript note hides").isFalse();
        assertThat(browser.text("#offline-kept")).isEqualTo("Nothing of this course is kept on this phone yet.");
        waitFor("the service worker controls the page", () -> Boolean.TRUE.equals(
                js().executeScript("return !!navigator.serviceWorker.controller")) || reloadOnce());
        browser.find("#offline-keep-button").click();
        waitFor("the course is kept", () -> browser.text("#offline-kept").startsWith("Kept on this phone"));
        return version;
    }

    private boolean reloadOnce() {
        browser.driver().navigate().refresh();
        return Boolean.TRUE.equals(js().executeScript("return !!navigator.serviceWorker.controller"));
    }

    @Test
    void keepsTheCourseReadsAndAnswersOfflineAndSendsItAllWhenBackOnline() {
        String me = TestAccounts.create(Role.LEARNER, null);
        int version = signInAndKeepTheCourse(me);

        // What is kept, and how much space it takes, within the stated budget.
        String kept = browser.text("#offline-kept");
        assertThat(kept).matches("Kept on this phone for reading offline: \\d+ pages and \\d+ images, \\d+ KB of the "
                + "5120 KB allowed\\.");
        long bytes = Long.parseLong(browser.find("#offline-kept").getDomAttribute("data-bytes"));
        assertThat(bytes).isPositive().isLessThanOrEqualTo(5120L * 1024);
        assertThat(browser.text("main")).contains("Signing out removes all of it from this browser.");

        // A quiz opened online, which the phone then keeps too.
        LessonsDone.forModule(me, version, MODULE);
        browser.open("/learn/v/" + version + "/" + MODULE + "/quiz");
        String attempt = browser.path();
        assertThat(attempt).matches("/learn/attempts/\\d+");
        long attemptId = Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1));
        waitFor("the attempt page is kept", () -> Boolean.TRUE.equals(js().executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "caches.match(arguments[0], {ignoreVary: true}).then(function (r) { done(!!r); });",
                attempt)));

        network = new NetworkSwitch((ChromeDriver) browser.driver());
        network.offline(true);
        assertThat(network.workers()).as("the service worker is switched off too").isPositive();
        assertThat(js().executeScript("return navigator.onLine")).isEqualTo(false);

        // A lesson, offline; and again after a reload.
        String lesson = "/learn/v/" + version + "/" + LESSON_MODULE + "/" + LESSON;
        browser.open(lesson);
        assertThat(browser.text("main h1")).isEqualTo("A grave abuse, and a threat to the mission");
        assertThat(browser.findAll("main article.lesson p")).isNotEmpty();
        browser.driver().navigate().refresh();
        assertThat(browser.text("main h1")).isEqualTo("A grave abuse, and a threat to the mission");
        // A page that is not kept says so, instead of the browser's error.
        browser.open("/learn/v/" + version + "/" + LESSON_MODULE + "/no-such-lesson");
        assertThat(browser.find("#offline-not-kept").isDisplayed()).isTrue();

        // Marked done offline: kept on the phone, not lost.
        browser.open(lesson);
        browser.find("main form[action$='/done'] button[type=submit]").click();
        assertThat(browser.text("#offline-status")).contains("this lesson is marked done on this phone");
        assertThat(browser.path()).isEqualTo(lesson);

        // The quiz, offline: two answers saved, kept through a reload, and a submit refused plainly.
        browser.open(attempt);
        List<WebElement> questions = browser.findAll("main fieldset.question");
        String first = questions.get(0).getDomAttribute("id").substring(2);
        String second = questions.get(1).getDomAttribute("id").substring(2);
        questions.get(0).findElements(By.cssSelector("input")).get(0).click();
        questions.get(1).findElements(By.cssSelector("input")).get(1).click();
        browser.find("main button[name=save]").click();
        assertThat(browser.text("#offline-status")).contains("your answers are kept on this phone");
        browser.driver().navigate().refresh();
        assertThat(browser.path()).isEqualTo(attempt);
        assertThat(browser.find("#q-" + first + " input[value='1']").isSelected()).isTrue();
        assertThat(browser.find("#q-" + second + " input[value='2']").isSelected()).isTrue();
        assertThat(browser.text("#offline-status")).contains("3 change(s) made offline are waiting to be sent.");
        browser.find("main button[name=submit]").click();
        assertThat(browser.text("#offline-status [role=alert]")).isEqualTo("Submitting needs the network. Your "
                + "answers are kept on this phone; submit when you are back online.");
        assertThat(browser.path()).isEqualTo(attempt);
        JsonPath onServer = as(me).get("/api/learning/attempts/" + attemptId).then().extract().jsonPath();
        assertThat(onServer.getList("questions.find { it.id == '" + first + "' }.chosen")).isEmpty();

        // Back online: everything reaches the server, in order, and the page says so.
        network.offline(false);
        waitFor("the queue is sent", () -> browser.text("#offline-status").contains("Sent what you did offline: 3"));
        JsonPath saved = as(me).get("/api/learning/attempts/" + attemptId).then().statusCode(200).extract().jsonPath();
        assertThat(saved.getList("questions.find { it.id == '" + first + "' }.chosen")).containsExactly("1");
        assertThat(saved.getList("questions.find { it.id == '" + second + "' }.chosen")).containsExactly("2");
        assertThat(saved.getBoolean("submitted")).isFalse();
        as(me).get("/api/learning/dashboard").then().statusCode(200);
        assertThat(as(me).get("/api/learning/versions/" + version + "/modules/" + LESSON_MODULE + "/lessons/" + LESSON)
                .then().statusCode(200).extract().<Boolean>path("done")).isTrue();

        // Online, submitting works as always.
        browser.follow("main button[name=submit]");
        assertThat(browser.path()).startsWith(attempt);
    }

    @Test
    void anAttemptSubmittedElsewhereWinsAndTheLearnerIsTold() {
        String me = TestAccounts.create(Role.LEARNER, null);
        int version = signInAndKeepTheCourse(me);
        LessonsDone.forModule(me, version, MODULE);
        browser.open("/learn/v/" + version + "/" + MODULE + "/quiz");
        String attempt = browser.path();
        long attemptId = Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1));

        network = new NetworkSwitch((ChromeDriver) browser.driver());
        network.offline(true);
        browser.findAll("main fieldset.question").get(0).findElements(By.cssSelector("input")).get(0).click();
        browser.find("main button[name=save]").click();
        assertThat(browser.text("#offline-status")).contains("your answers are kept on this phone");

        // Meanwhile, on another device, the same attempt is submitted.
        as(me).post("/api/learning/attempts/" + attemptId + "/submit").then().statusCode(200);

        network.offline(false);
        waitFor("the refusal is shown", () -> !browser.findAll("#offline-status [role=alert]").isEmpty());
        assertThat(browser.text("#offline-status [role=alert]")).startsWith("This quiz had already been submitted");
        assertThat(js().executeScript("return localStorage.length === 0 || !Object.keys(localStorage)"
                + ".some(function (k) { return k.indexOf('cthb-queue-') === 0; })")).isEqualTo(true);
    }

    @Test
    void signingOutLeavesNothingOfTheCourseOrTheQueueBehind() {
        String me = TestAccounts.create(Role.LEARNER, null);
        signInAndKeepTheCourse(me);
        assertThat(cacheNames()).anyMatch(name -> name.startsWith("cthb-offline-"));
        browser.signOut();
        assertThat(browser.path()).isEqualTo("/signin");
        assertThat(cacheNames()).isEmpty();
        assertThat(js().executeScript("return Object.keys(localStorage).filter(function (k) {"
                + " return k.indexOf('cthb-') === 0; }).length")).isEqualTo(0L);
    }

    @SuppressWarnings("unchecked")
    private List<String> cacheNames() {
        return (List<String>) js().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "caches.keys().then(done);");
    }
}
