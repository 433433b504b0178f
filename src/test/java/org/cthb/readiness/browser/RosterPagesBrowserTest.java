package org.cthb.readiness.browser;

import io.quarkus.test.junit.QuarkusTest;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer's roster pages pass axe-core in English and French, and the progress page follows an import to its
 * end by refreshing itself, without any JavaScript of ours.
 */
@QuarkusTest
class RosterPagesBrowserTest extends BrowserTest {

    private static final String HEADER =
            "national_id;given_name;family_name;category;rank;gender;birth_year;email;mission;role;start_date\n";

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void checkImportAndFollowTheProgress(String lang) throws IOException {
        browser.language(lang);
        browser.signIn(TestAccounts.create(Role.NATION_OFFICER, "FRA"), TestAccounts.PASSWORD);
        browser.open("/nations/FRA/roster");
        assertNoViolations();
        Path file = roster(1500);
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.follow("main button[value=check]");
        assertThat(browser.text("main [role=status]")).contains("1500");
        assertNoViolations();

        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.follow("main button[value=import]");
        assertThat(browser.path()).matches("/nations/FRA/roster/imports/\\d+\\?follow=true");
        String progress = browser.path().replace("?follow=true", "");
        assertNoViolationsButTheRefreshAskedFor();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (browser.findAll("main progress[value='1500']").isEmpty() && Instant.now().isBefore(deadline)) {
            sleep();
        }
        assertThat(browser.find("main progress").getDomAttribute("value")).isEqualTo("1500");
        assertThat(browser.driver().getPageSource()).doesNotContain("http-equiv=\"refresh\"");
        assertNoViolations();
        browser.open(progress);
        assertNoViolations();
        Files.delete(file);
    }

    private static Path roster(int rows) throws IOException {
        String prefix = "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(prefix).append(i).append(";Alex;Martin;military;Sgt;female;1990;").append(prefix.toLowerCase())
                    .append(i).append("@mil.example;KFOR;ALL_PERSONNEL;2027-03-01\n");
        }
        Path file = Files.createTempFile("contingent", ".csv");
        Files.writeString(file, csv);
        return file;
    }

    private static void assertNoViolations() {
        String found = Axe.violations(browser.driver());
        assertThat(found).as("axe-core violations on %s", browser.path()).isEmpty();
    }

    /**
     * The officer asked for a page that refreshes itself by pressing Import (the button says so, and the page offers
     * to stop); axe-core cannot know that, so its meta-refresh rule alone is left out here.
     */
    private static void assertNoViolationsButTheRefreshAskedFor() {
        Results results = new AxeBuilder().withTags(Axe.TAGS).disableRules(List.of("meta-refresh"))
                .analyze(browser.driver());
        assertThat(results.getViolations()).as("axe-core violations on %s", browser.path()).isEmpty();
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
