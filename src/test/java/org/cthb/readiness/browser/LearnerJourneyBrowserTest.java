package org.cthb.readiness.browser;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A learner's journey through the real pages in a real browser, in English and in French. */
@QuarkusTest
class LearnerJourneyBrowserTest extends BrowserTest {

    private static final String COURSE = "cthb-predeployment";
    private static final Pattern LESSON_LINK = Pattern.compile("/learn/v/(\\d+)/why-it-matters/01-a-grave-abuse");

    @Inject
    CourseCatalog catalog;

    private Words words;
    private int version;
    private String me;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void learnerPausesResumesThenFailsAndPassesQuizzes(String lang) {
        words = Words.in(lang);
        me = TestAccounts.create(Role.LEARNER, null);
        signInFromTheDashboardOnwards(me);
        finishTheFirstLesson();
        finishTheSensitiveLessonThroughItsAlternative();
        signOutAndBackIn(me);
        takeQuiz("why-it-matters", false);
        takeQuiz("what-trafficking-is", true);
        browser.open("/learn");
        assertThat(browser.text("main ol.modules > li:nth-child(2)")).as("what-trafficking-is on the dashboard")
                .contains(module("what-trafficking-is").title().in(lang)).contains(words.statusPassed());
    }

    private void signInFromTheDashboardOnwards(String me) {
        browser.open("/signin");
        if (words == Words.FRENCH) {
            browser.follow("header form[action='/language'] button[lang='fr']");
        }
        assertThat(browser.lang()).isEqualTo(words.lang());
        browser.signIn(me, TestAccounts.PASSWORD);
        // A learner lands on their training.
        assertThat(browser.path()).isEqualTo("/learn");
        browser.follow("header nav a[href='/learn']");
        assertThat(browser.text("main h1")).isEqualTo(words.myTraining());
        Matcher next = LESSON_LINK.matcher(nextStep().getDomAttribute("href"));
        assertThat(next.matches()).as("the first next step is the first lesson").isTrue();
        version = Integer.parseInt(next.group(1));
        assertThat(nextStep().getText()).contains(lesson("why-it-matters", "01-a-grave-abuse").title());
    }

    private void finishTheFirstLesson() {
        browser.follow(nextStep());
        assertThat(browser.text("main h1")).isEqualTo(lesson("why-it-matters", "01-a-grave-abuse").title());
        markDone();
        assertThat(browser.path()).isEqualTo(lessonPath("why-it-matters", "02-protectors-not-abusers"));
    }

    private void finishTheSensitiveLessonThroughItsAlternative() {
        String path = lessonPath("what-trafficking-is", "01-act-means-purpose");
        CourseContent.LessonText lesson = lesson("what-trafficking-is", "01-act-means-purpose");
        browser.open(path);
        assertThat(browser.text("main section.note")).contains(lesson.contentNote());
        assertThat(browser.findAll("main article.lesson")).as("the lesson waits behind its content note").isEmpty();
        assertThat(browser.findAll("main ul.choices a[href='?view=lesson']")).hasSize(1);
        assertThat(browser.findAll("main ul.choices a[href='/learn']")).hasSize(1);
        browser.follow("main ul.choices a[href='?view=alternative']");
        assertThat(browser.path()).isEqualTo(path + "?view=alternative");
        assertThat(browser.text("main p.note")).contains(words.alternativeNotice());
        assertThat(browser.text("main h1")).isEqualTo(lesson.alternative().title());
        assertThat(browser.text("main article.lesson")).isNotBlank();
        markDone();
        assertThat(browser.path()).isEqualTo(lessonPath("why-it-matters", "02-protectors-not-abusers"));
    }

    private void signOutAndBackIn(String me) {
        assertThat(browser.text("header form[action='/signout'] button")).isEqualTo(words.signOut());
        browser.signOut();
        assertThat(browser.path()).isEqualTo("/signin");
        browser.open("/learn");
        assertThat(browser.path()).isEqualTo("/signin");
        browser.signIn(me, TestAccounts.PASSWORD);
        assertThat(browser.path()).as("back to the page that asked for sign-in").isEqualTo("/learn");
        assertThat(browser.lang()).isEqualTo(words.lang());
        assertThat(nextStep().getDomAttribute("href")).as("resumes at the first unfinished lesson")
                .isEqualTo(lessonPath("why-it-matters", "02-protectors-not-abusers"));
    }

    private void takeQuiz(String moduleId, boolean rightly) {
        CourseContent.ModuleContent module = module(moduleId);
        // the quiz opens once the lessons are done: the ones this journey did not walk are recorded done
        org.cthb.readiness.quiz.LessonsDone.forModule(me, version, moduleId);
        browser.open("/learn/v/" + version + "/" + moduleId + "/quiz");
        assertThat(browser.path()).matches("/learn/attempts/\\d+");
        String attempt = browser.path();
        QuizForm.answer(browser, module, rightly);
        browser.follow("main button[name=save]");
        assertThat(browser.path()).startsWith(attempt);
        assertThat(browser.text("main p[role=status]")).isEqualTo(words.allAnswered());
        browser.follow("main button[name=submit]");
        assertThat(browser.path()).isEqualTo(attempt + "/result");
        assertThat(browser.text("main p[role=status]")).contains(rightly ? words.passed() : words.notPassed());
        assertFeedbackShown(module, rightly);
    }

    /** A pass shows every option's feedback; a fail with attempts left none, but what to re-read and where. */
    private void assertFeedbackShown(CourseContent.ModuleContent module, boolean passed) {
        var sections = browser.findAll("main section.question");
        assertThat(sections).hasSize(module.quiz().draw());
        for (WebElement section : sections) {
            String id = section.findElement(By.tagName("h2")).getDomAttribute("id").substring("r-".length());
            CourseContent.QuestionContent question = module.quiz().question(id).orElseThrow();
            // Spaces of every kind as one: the browser shows French no-break spaces, the file folds its lines.
            String shown = spaced(section.getText());
            if (passed) {
                question.options().forEach(o -> assertThat(shown).contains(spaced(o.feedback().in(words.lang()))));
            } else {
                question.options().forEach(o -> assertThat(shown)
                        .doesNotContain(spaced(o.feedback().in(words.lang()))));
                question.options().stream().filter(CourseContent.OptionContent::correct)
                        .forEach(o -> assertThat(shown).doesNotContain(spaced(o.text().in(words.lang()))));
                assertThat(section.findElements(By.cssSelector("a[href^='/learn/v/" + version + "/"
                        + module.id() + "/']"))).isNotEmpty();
            }
            assertThat(shown).contains(words.paragraph(question.paragraph()));
        }
    }

    private WebElement nextStep() {
        return browser.find("main section.next a.button");
    }

    private void markDone() {
        browser.follow("main form[action$='/done'] button[type=submit]");
    }

    private String lessonPath(String moduleId, String lesson) {
        return "/learn/v/" + version + "/" + moduleId + "/" + lesson;
    }

    private CourseContent.ModuleContent module(String moduleId) {
        return catalog.version(COURSE, version).content().module(moduleId).orElseThrow();
    }

    private CourseContent.LessonText lesson(String moduleId, String lesson) {
        return module(moduleId).lesson(lesson).orElseThrow().in(words.lang());
    }

    private static String spaced(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }
}
