package org.cthb.readiness.browser;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The author's item analysis page passes axe-core's WCAG 2.1 A and AA rules, in English and in French. */
@QuarkusTest
class ItemAnalysisBrowserTest extends BrowserTest {

    @Inject
    CourseCatalog catalog;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void itemAnalysisPageHasNoViolations(String lang) {
        browser.language(lang);
        browser.signIn(TestAccounts.create(Role.AUTHOR, null), TestAccounts.PASSWORD);
        int version = catalog.current("cthb-predeployment").number();
        browser.open("/author/item-analysis/cthb-predeployment/" + version);
        assertThat(browser.lang()).isEqualTo(lang);
        assertThat(browser.findAll("main table tbody tr")).isNotEmpty();
        String found = Axe.violations(browser.driver());
        assertThat(found).withFailMessage(() -> "axe-core found violations (" + lang + "):\n" + found).isEmpty();
    }
}
