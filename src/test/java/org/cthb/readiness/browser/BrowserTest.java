package org.cthb.readiness.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import java.net.URL;

/** One headless Chromium per test class, reset to a fresh visitor before each test and closed after the last. */
abstract class BrowserTest {

    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void newVisitor() {
        if (browser == null) {
            browser = new Browser(base);
        } else {
            browser.reset();
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
