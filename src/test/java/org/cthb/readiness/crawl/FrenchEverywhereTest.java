package org.cthb.readiness.crawl;

import io.quarkus.test.junit.QuarkusTest;
import org.cthb.readiness.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No English on a French page: every kind of page the crawl reaches by links, as every role, is read in English and
 * in French, and any text of the French page (words shown, labels read aloud, tooltips) that also stands verbatim
 * on the English page is English left untranslated, unless it is a name or a code that both languages share (the
 * allow-list below) or is marked as another language ({@code lang}, as the language switch and the English half of
 * the bilingual editor are).
 */
@QuarkusTest
public class FrenchEverywhereTest {

    /** Words and names that are the same in French and English. */
    static final Set<String> SAME_IN_BOTH = Set.of("CTHB Readiness", "Support", "Version", "Versions", "Module",
            "Modules", "Description", "Mission", "Missions", "Date", "Question", "Questions", "Total", "Code",
            "Notes", "Note", "Discrimination", "Options", "Option", "Sessions", "Session", "Statut", "Audit",
            "Actions", "Action", "E-mail", "Transport", "Minimum", "Page", "Format", "Message", "Messages", "Type",
            "Rapport", "Position", "Contact", "Source", "Attention", "Suspension", "Minutes", "Introduction",
            "Situation", "Nation", "Quiz", "Import", "Importation", "Images");
    /**
     * Same in both languages too: numbered questions and options, counts of quiz questions, version numbers, a
     * nation's code and name (the French name is shown where it differs), reading times ("(5 min)": "min" is
     * French too), and ids the authors chose (lower-case codes: modules, lessons, the account that imported a
     * version).
     */
    private static final Pattern SAME_PATTERN = Pattern.compile("(Question|Option) \\S+|Quiz \\(\\d+ questions?\\)"
            + "|\\(?Version \\d+\\)?|\\(\\d+ min\\)|[A-Z]{3} – .+|[a-z0-9][a-z0-9-]*( [a-z0-9][a-z0-9-]*)*|\\([a-z0-9][a-z0-9-]*\\)");
    /** Codes and names: addresses, certificate numbers, ISO and mission codes, the test's own people. */
    private static final Pattern CODE_OR_NAME = Pattern.compile(
            "(?s).*(@|Mk[0-9a-f]{8}|https?://|[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}).*"
                    + "|[A-Z0-9]{2,6}|[A-Z]{2,6}-[0-9A-Z-]+|[a-z0-9-]+\\.[a-z]{2,4}|[a-z0-9]+(-[a-z0-9]+)+");
    private static final Pattern A_WORD = Pattern.compile("\\p{L}{3,}");

    @Test
    void noFrenchPageRepeatsTheEnglishOne() {
        Cast cast = Cast.create("EST", "LVA");
        given().auth().preemptive().basic(cast.author, TestAccounts.PASSWORD)
                .post("/api/authoring/courses/" + Cast.COURSE + "/draft").then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        Set<String> seen = new HashSet<>();
        List<String> english = new ArrayList<>();
        int pages = 0;
        for (Actor actor : Actor.values()) {
            WebSession session = actor.session(cast);
            for (String path : PageWalk.pages(session, cast, seen)) {
                session.language("en");
                Set<String> en = strings(session.page(path), "en");
                session.language("fr");
                Document fr = session.page(path);
                assertThat(fr.selectFirst("html").attr("lang")).as(path).isEqualTo("fr");
                for (String text : strings(fr, "fr")) {
                    if (en.contains(text) && isEnglish(text)) {
                        english.add(path + " as " + actor + ": \"" + text + "\"");
                    }
                }
                pages++;
            }
        }
        System.out.printf("French everywhere: %d pages, %d English strings%n", pages, english.size());
        assertThat(pages).isGreaterThan(20);
        assertThat(english).withFailMessage(() -> english.size() + " English strings on French pages:\n"
                + String.join("\n", english)).isEmpty();
    }

    public static boolean isEnglish(String text) {
        String t = text.replaceFirst(" · CTHB Readiness$", "");
        return A_WORD.matcher(t).find() && !SAME_IN_BOTH.contains(t) && !CODE_OR_NAME.matcher(t).matches()
                && !SAME_PATTERN.matcher(t).matches();
    }

    /**
     * What a person reads or hears on the page in its language, outside parts marked as another language (French
     * course text on an English page, as the authors' pages show both, is not English).
     */
    public static Set<String> strings(Document page, String lang) {
        Set<String> out = new LinkedHashSet<>();
        collect(page.body(), lang, out);
        page.select("title").forEach(t -> out.add(t.text().strip()));
        return out;
    }

    private static void collect(Element element, String lang, Set<String> out) {
        if (element.hasAttr("lang") && !element.attr("lang").startsWith(lang) && !element.tagName().equals("html")) {
            return;
        }
        if (Set.of("script", "style", "textarea", "code", "pre").contains(element.tagName())) {
            return;
        }
        for (String attribute : List.of("aria-label", "title", "placeholder", "alt")) {
            if (element.hasAttr(attribute)) {
                out.add(element.attr(attribute).strip());
            }
        }
        if (element.tagName().equals("input") && Set.of("submit", "button").contains(element.attr("type"))) {
            out.add(element.attr("value").strip());
        }
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank()) {
                out.add(text.text().strip().replaceAll("\\s+", " "));
            } else if (child instanceof Element e) {
                collect(e, lang, out);
            }
        }
    }
}
