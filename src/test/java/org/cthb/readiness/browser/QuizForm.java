package org.cthb.readiness.browser;

import org.cthb.readiness.course.files.CourseContent;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers the quiz attempt page a browser shows, rightly or wrongly, knowing the answers from the course files. The
 * page names options only by their position in a shuffled order, so an option is found by its label's text.
 */
final class QuizForm {

    private QuizForm() {
    }

    /** Ticks, for every question on the page, the correct options or a single wrong one. */
    static void answer(Browser browser, CourseContent.ModuleContent module, boolean rightly) {
        for (WebElement question : browser.findAll("main fieldset.question")) {
            for (WebElement input : inputs(question, module, rightly)) {
                input.click();
            }
        }
    }

    /** Adds a wrong option to the first question, which makes it wrong whether it takes one answer or several. */
    static void missFirstQuestion(Browser browser, CourseContent.ModuleContent module) {
        inputs(browser.findAll("main fieldset.question").get(0), module, false).get(0).click();
    }

    /** The inputs of the right options of a question on the page, or of its first wrong one. */
    static List<WebElement> inputs(WebElement question, CourseContent.ModuleContent module, boolean rightly) {
        String id = question.findElement(By.cssSelector("input")).getDomAttribute("name").substring("q-".length());
        CourseContent.QuestionContent content = module.quiz().question(id).orElseThrow();
        List<WebElement> chosen = new ArrayList<>();
        for (WebElement input : question.findElements(By.cssSelector("input"))) {
            String label = normal(question.findElement(By.cssSelector("label[for='" + input.getDomAttribute("id")
                    + "']")).getText());
            CourseContent.OptionContent option = content.options().stream()
                    .filter(o -> normal(o.text().en()).equals(label) || normal(o.text().fr()).equals(label))
                    .findFirst().orElseThrow(() -> new AssertionError("no option of " + id + " reads " + label));
            if (option.correct() == rightly) {
                chosen.add(input);
                if (!rightly) {
                    break;
                }
            }
        }
        return chosen;
    }

    /** Spaces of every kind as one: French typography puts no-break spaces before ":" and inside « ». */
    private static String normal(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }
}
