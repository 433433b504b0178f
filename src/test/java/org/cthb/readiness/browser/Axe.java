package org.cthb.readiness.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.stream.Collectors;

/** Runs axe-core on the page a browser shows, against WCAG 2.1 levels A and AA. */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {
    }

    /** Every violation on the current page, one line per rule followed by the nodes it found; empty if none. */
    static String violations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        if (results.isErrored()) {
            return "axe failed on " + driver.getCurrentUrl() + ": " + results.getErrorMessage() + "\n";
        }
        return results.getViolations().stream().map(Axe::describe).collect(Collectors.joining());
    }

    /**
     * The same without axe's isolation of cross-origin frames, which opens and closes a blank window on every run:
     * the service's pages have no frames, and a walk of a hundred pages in one browser stays fast and steady.
     */
    static String violationsWithoutFrames(WebDriver driver) {
        Results results = new AxeBuilder().withTags(TAGS).setLegacyMode(true).analyze(driver);
        if (results.isErrored()) {
            return "axe failed on " + driver.getCurrentUrl() + ": " + results.getErrorMessage() + "\n";
        }
        return results.getViolations().stream().map(Axe::describe).collect(Collectors.joining());
    }

    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream().map(Axe::describe).collect(Collectors.joining());
        return "  " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n" + nodes;
    }

    private static String describe(CheckedNode node) {
        return "    at " + node.getTarget() + ": " + node.getFailureSummary().replace('\n', ' ') + "\n";
    }
}
