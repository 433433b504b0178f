package org.cthb.readiness.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.crawl.Actor;
import org.cthb.readiness.crawl.Cast;
import org.cthb.readiness.crawl.PageWalk;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page the crawl reaches by links, as every role sees it, in English and in French, on a phone
 * (390 px) and a laptop (1366 px): nothing wider than the screen (checked at 320 px too), no axe-core violation of
 * WCAG 2.1 A and AA, a focus ring of at least 3:1 against what surrounds it; the current section is marked in the
 * navigation, and print drops the controls. One browser for the whole walk: the width changes by emulation,
 * without loading the page again.
 */
@QuarkusTest
class EveryScreenBrowserTest extends BrowserTest {

    static final int[] WIDTHS = {390, 1366};

    /** The widest elements past the right edge when the page scrolls sideways; empty when it does not. */
    static final String OVERFLOW = """
            const d = document.documentElement;
            if (d.scrollWidth <= d.clientWidth) { return ''; }
            const out = [];
            for (const e of document.body.querySelectorAll('*')) {
              const r = e.getBoundingClientRect();
              if (r.right > d.clientWidth + 1 && out.length < 6) {
                out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                  + ' (right edge ' + Math.round(r.right) + ')');
              }
            }
            return d.scrollWidth + ' px wide in ' + d.clientWidth + ': ' + out.join(', ');
            """;

    /**
     * For each focusable element of the header and main: the focus ring's colour and width, and the colour of the
     * ground around it (the nearest opaque background), as "rgb;rgb;width;what".
     */
    private static final String FOCUS_RINGS = """
            const ground = e => { for (let n = e.parentElement; n; n = n.parentElement) {
                const c = getComputedStyle(n).backgroundColor;
                if (c && c !== 'transparent' && !c.endsWith(', 0)')) { return c; } } return 'rgb(255, 255, 255)'; };
            const out = [];
            const all = document.querySelectorAll('header a[href], header button, main a[href], main button, main input:not([type=hidden]), main select, main textarea, main summary');
            for (const e of Array.from(all).slice(0, 25)) {
              if (e.offsetParent === null) { continue; }
              e.focus();
              if (document.activeElement !== e) { continue; }
              const s = getComputedStyle(e);
              out.push(s.outlineColor + ';' + ground(e) + ';' + s.outlineWidth + ';' + s.outlineStyle + ';'
                + e.tagName.toLowerCase() + ' ' + (e.textContent || e.name || '').replace(/\\s+/g, ' ').trim().slice(0, 30));
              e.blur();
            }
            return out.join('\\n');
            """;

    @Test
    void everyPageFitsPhoneAndLaptopWithoutViolationsInBothLanguages() {
        long started = System.nanoTime();
        Cast cast = Cast.create("EST", "LVA");
        given().auth().preemptive().basic(cast.author, TestAccounts.PASSWORD)
                .post("/api/authoring/courses/" + Cast.COURSE + "/draft").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        Set<String> seen = new HashSet<>();
        Map<Actor, List<String>> walks = new LinkedHashMap<>();
        for (Actor actor : Actor.values()) {
            walks.put(actor, PageWalk.pages(actor.session(cast), cast, seen));
        }
        int pages = walks.values().stream().mapToInt(List::size).sum();
        List<String> faults = new ArrayList<>();
        int checked = 0;
        for (String lang : List.of("en", "fr")) {
            for (Map.Entry<Actor, List<String>> walk : walks.entrySet()) {
                browser.reset();
                browser.language(lang);
                String email = walk.getKey().email(cast);
                if (email != null) {
                    browser.signIn(email, TestAccounts.PASSWORD);
                }
                System.out.printf("Every screen: %s in %s, %d pages, %d s so far%n", walk.getKey(), lang,
                        walk.getValue().size(), (System.nanoTime() - started) / 1_000_000_000L);
                for (String path : walk.getValue()) {
                    browser.open(path);
                    String where = path + " as " + walk.getKey() + " in " + lang;
                    if (!lang.equals(browser.lang())) {
                        faults.add(where + ": the page is in " + browser.lang());
                    }
                    // The narrowest screen WCAG 1.4.10 names (320 px): nothing may scroll sideways there either.
                    emulate(320);
                    String narrowest = (String) ((ChromeDriver) browser.driver()).executeScript(OVERFLOW);
                    if (!narrowest.isEmpty()) {
                        faults.add(where + " at 320 px: wider than the screen, " + narrowest);
                    }
                    for (int width : WIDTHS) {
                        emulate(width);
                        String overflow = (String) ((ChromeDriver) browser.driver()).executeScript(OVERFLOW);
                        if (!overflow.isEmpty()) {
                            faults.add(where + " at " + width + " px: wider than the screen, " + overflow);
                        }
                        String axe = Axe.violationsWithoutFrames(browser.driver());
                        if (!axe.isEmpty()) {
                            faults.add(where + " at " + width + " px: axe-core\n" + axe);
                        }
                        checked++;
                    }
                    focusRings(where, faults);
                }
            }
        }
        System.out.printf("Every screen: %d pages (%s) x 2 languages x %d widths = %d checks in %d s%n", pages,
                walks, WIDTHS.length, checked, (System.nanoTime() - started) / 1_000_000_000L);
        assertThat(pages).as("pages walked").isGreaterThan(20);
        assertThat(faults).withFailMessage(() -> faults.size() + " faults:\n" + String.join("\n", faults)).isEmpty();
    }

    @Test
    void theNavigationMarksTheSectionThePersonIsIn() {
        browser.open("/signin");
        browser.signIn(TestAccounts.create(org.cthb.readiness.security.Role.NATION_OFFICER, "EST"),
                TestAccounts.PASSWORD);
        browser.open("/nations/EST/readiness?mission=KFOR");
        assertThat(browser.findAll("header nav a[aria-current=page]")).extracting(e -> e.getDomAttribute("href"))
                .containsExactly("/nations/EST/readiness");
        browser.open("/standards");
        assertThat(browser.findAll("header nav a[aria-current=page]")).extracting(e -> e.getDomAttribute("href"))
                .containsExactly("/standards");
        browser.open("/support");
        assertThat(browser.findAll("header [aria-current]")).isEmpty();
    }

    /** On paper: the readiness view and the certificates keep their content and lose navigation, forms and buttons. */
    @Test
    void printingKeepsTheContentAndDropsTheControls() {
        browser.open("/signin");
        browser.signIn(TestAccounts.create(org.cthb.readiness.security.Role.NATION_OFFICER, "EST"),
                TestAccounts.PASSWORD);
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        for (String path : List.of("/nations/EST/readiness?mission=KFOR", "/certificates", "/support")) {
            browser.open(path);
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            try {
                assertThat(browser.find("header.top").isDisplayed()).as(path).isFalse();
                assertThat(browser.find("footer.foot").isDisplayed()).as(path).isFalse();
                assertThat(browser.findAll("main form, main button")).as(path)
                        .allMatch(e -> !e.isDisplayed());
                assertThat(browser.find("main h1").isDisplayed()).as(path).isTrue();
                browser.findAll("main table").forEach(t -> assertThat(t.isDisplayed()).isTrue());
            } finally {
                chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            }
        }
    }

    private void focusRings(String where, List<String> faults) {
        emulate(1366);
        String rings = (String) ((ChromeDriver) browser.driver()).executeScript(FOCUS_RINGS);
        for (String ring : rings.split("\n")) {
            if (ring.isBlank()) {
                continue;
            }
            String[] p = ring.split(";", 5);
            double contrast = Contrast.ratio(p[0], p[1]);
            if ("none".equals(p[3]) || Contrast.pixels(p[2]) < 2 || contrast < 3) {
                faults.add(where + ": focus ring of " + p[4] + " is " + p[2] + " " + p[3] + " " + p[0] + " on " + p[1]
                        + String.format(Locale.ROOT, " (contrast %.2f:1, at least 3:1 needed)", contrast));
            }
        }
    }

    private void emulate(int width) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    }
}
