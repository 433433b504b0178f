package org.cthb.readiness.browser;

import org.cthb.readiness.course.files.CourseContent;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** Answers the quiz attempt page a browser shows, rightly or wrongly, knowing the answers from the course files. */
final class QuizForm {

    private QuizForm() {
    }

    /** Ticks, for every question on the page, the correct options or a single wrong one. */
    static void answer(Browser browser, CourseContent.ModuleContent module, boolean rightly) {
        List<WebElement> questions = browser.findAll("main fieldset.question");
        for (WebElement question : questions) {
            String id = questionId(question);
            for (String option : options(module, id, rightly)) {
                question.findElement(By.id("q-" + id + "-" + option)).click();
            }
        }
    }

    /** Adds a wrong option to the first question, which makes it wrong whether it takes one answer or several. */
    static void missFirstQuestion(Browser browser, CourseContent.ModuleContent module) {
        String id = questionId(browser.findAll("main fieldset.question").get(0));
        browser.find("#q-" + id + "-" + options(module, id, false).get(0)).click();
    }

    private static String questionId(WebElement question) {
        return question.findElement(By.cssSelector("input")).getDomAttribute("name").substring("q-".length());
    }

    private static List<String> options(CourseContent.ModuleContent module, String questionId, boolean rightly) {
        List<String> matching = module.quiz().question(questionId).orElseThrow().options().stream()
                .filter(o -> o.correct() == rightly).map(CourseContent.OptionContent::id).toList();
        return rightly ? matching : matching.subList(0, 1);
    }
}
