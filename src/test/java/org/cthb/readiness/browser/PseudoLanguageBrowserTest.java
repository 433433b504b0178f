package org.cthb.readiness.browser;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.crawl.Actor;
import org.cthb.readiness.crawl.Cast;
import org.cthb.readiness.crawl.FrenchEverywhereTest;
import org.cthb.readiness.crawl.PageWalk;
import org.cthb.readiness.crawl.PseudoLanguage;
import org.cthb.readiness.crawl.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A third language added by files alone ({@link PseudoLanguage}: message files, course texts and lessons, helpline
 * texts, a names file for nations and missions, and {@code cthb.languages}), and every page a learner, an officer, an author and an administrator reach shown in it:
 * no text of a page may stay in English when the pseudo-language has it (the text would have bypassed the
 * translation files), and no text may be clipped on a 360 px phone now that every text is about 30 % longer.
 */
@QuarkusTest
@TestProfile(PseudoLanguage.Profile.class)
class PseudoLanguageBrowserTest extends BrowserTest {

    private static final String XX = PseudoLanguage.CODE;

    /** The next test classes build the service without the pseudo-language's files, which would hide the French. */
    @AfterAll
    static void removeThePseudoLanguageFiles() {
        PseudoLanguage.removeMessageFiles();
    }

    /**
     * Text cut off: an element that hides what overflows it (overflow hidden or clip, or an ellipsis) and whose text
     * is wider or taller than its box; and the page itself wider than the screen. Scrolling containers (a wide table
     * in its scroller) show all their text and are not clipped, nor is text for screen readers only (a 1 px box).
     */
    private static final String CLIPPED = """
            const out = [];
            const d = document.documentElement;
            if (d.scrollWidth > d.clientWidth + 1) { out.push('page ' + d.scrollWidth + ' px wide in ' + d.clientWidth); }
            for (const e of document.body.querySelectorAll('*')) {
              if (out.length > 8 || e.offsetParent === null) { continue; }
              const hasText = Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim() !== '');
              // A 1 px box is text for screen readers only (the visually-hidden pattern), hidden on purpose.
              if (!hasText || e.clientWidth <= 1 || e.clientHeight <= 1) { continue; }
              const s = getComputedStyle(e);
              const hidesX = s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis';
              const hidesY = s.overflowY === 'hidden' || s.overflowY === 'clip';
              if ((hidesX && e.scrollWidth > e.clientWidth + 1) || (hidesY && e.scrollHeight > e.clientHeight + 1)) {
                out.push(e.tagName.toLowerCase() + ' "' + e.textContent.replace(/\\s+/g, ' ').trim().slice(0, 40) + '" ('
                  + e.scrollWidth + 'x' + e.scrollHeight + ' in ' + e.clientWidth + 'x' + e.clientHeight + ')');
              }
            }
            return out.join('; ');
            """;

    @Test
    void everyPageIsInThePseudoLanguageWithoutEnglishOrClippedText() {
        Cast cast = Cast.create("EST", "LVA");
        given().auth().preemptive().basic(cast.author, TestAccounts.PASSWORD)
                .post("/api/authoring/courses/" + Cast.COURSE + "/draft").then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        // Nation and mission names come in a names file, as a nation adds them: written now, after the cast's missions.
        PseudoLanguage.writeNames(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> english = new LinkedHashMap<>();
            org.cthb.readiness.reference.Nation.<org.cthb.readiness.reference.Nation>listAll()
                    .forEach(n -> english.put("nation." + n.iso3, n.nameEn));
            org.cthb.readiness.reference.Mission.<org.cthb.readiness.reference.Mission>listAll()
                    .forEach(m -> english.put("mission." + m.code, m.nameEn));
            return english;
        }));
        // What other tests of the suite entered in one language: platform names, standards' notes.
        Set<String> referenceNames = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            Set<String> names = new HashSet<>();
            org.cthb.readiness.lti.LtiPlatform.<org.cthb.readiness.lti.LtiPlatform>listAll()
                    .forEach(p -> names.add(p.name));
            org.cthb.readiness.standard.MinimumStandard.<org.cthb.readiness.standard.MinimumStandard>listAll()
                    .stream().filter(v -> v.note != null).forEach(v -> names.add(v.note));
            return names;
        });
        // The national modules other tests merge into the shared course (English and French only).
        Set<String> nationalFixtureTexts = englishTextsOf(java.nio.file.Path.of("src/test/resources/national-overlays"));
        Set<String> seen = new HashSet<>();
        Map<Actor, List<String>> walks = new LinkedHashMap<>();
        List<String> untranslated = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            WebSession session = actor.session(cast);
            List<String> paths = PageWalk.pages(session, cast, seen);
            walks.put(actor, paths);
            for (String path : paths) {
                session.language("en");
                Set<String> en = FrenchEverywhereTest.strings(session.page(path), "en");
                session.language(XX);
                Document xx = session.page(path);
                assertThat(xx.selectFirst("html").attr("lang")).as(path).isEqualTo(XX);
                for (String text : FrenchEverywhereTest.strings(xx, XX)) {
                    if (en.contains(text) && FrenchEverywhereTest.isEnglish(text) && !referenceNames.contains(text)
                            && !otherTestsCourse(path) && !fromFixture(text, nationalFixtureTexts)) {
                        untranslated.add(path + " as " + actor + ": \"" + text + "\"");
                    }
                }
            }
        }
        int pages = walks.values().stream().mapToInt(List::size).sum();
        List<String> clipped = new ArrayList<>();
        for (Map.Entry<Actor, List<String>> walk : walks.entrySet()) {
            browser.reset();
            browser.open("/signin");
            browser.follow("header form[action='/language'] button[lang='" + XX + "']");
            String email = walk.getKey().email(cast);
            if (email != null) {
                browser.signIn(email, TestAccounts.PASSWORD);
            }
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
            for (String path : walk.getValue()) {
                browser.open(path);
                assertThat(browser.lang()).as(path).isEqualTo(XX);
                String cut = (String) ((ChromeDriver) browser.driver()).executeScript(CLIPPED);
                if (!cut.isEmpty()) {
                    clipped.add(path + " as " + walk.getKey() + ": " + cut);
                }
            }
        }
        System.out.printf("Pseudo-language: %d pages, %d English strings, %d clipped%n", pages, untranslated.size(),
                clipped.size());
        assertThat(pages).isGreaterThan(20);
        List<String> faults = new ArrayList<>(untranslated.stream().map(u -> "English: " + u).toList());
        clipped.forEach(c -> faults.add("Clipped at 360 px: " + c));
        assertThat(faults).withFailMessage(() -> faults.size() + " faults on " + XX + " pages:\n"
                + String.join("\n", faults)).isEmpty();
    }

    /** Authoring pages of a course another test imported in English and French only, not the pseudo-language's. */
    /** Every English text ({@code en:} value) of the YAML files under a folder of test fixtures. */
    private static Set<String> englishTextsOf(java.nio.file.Path folder) {
        com.fasterxml.jackson.databind.ObjectMapper yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        Set<String> texts = new HashSet<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(folder)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                yaml.readTree(file.toFile()).findValues("en").forEach(v -> {
                    if (v.isTextual() && !v.asText().isBlank()) {
                        texts.add(v.asText().trim());
                    }
                });
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(texts).as("English texts of " + folder).isNotEmpty();
        return texts;
    }

    /** The text is a fixture's, alone or as the item analysis prints it ("text: –", "module · q1"). */
    private static boolean fromFixture(String text, Set<String> fixtureTexts) {
        return fixtureTexts.stream().anyMatch(f -> text.equals(f) || text.startsWith(f + ":")
                || text.startsWith(f + " ·") || f.length() >= 12 && text.contains(f));
    }

    private static boolean otherTestsCourse(String path) {
        return path.matches("/author/.*/[a-z]+-[0-9a-f]{8}([/?].*)?");
    }
}
