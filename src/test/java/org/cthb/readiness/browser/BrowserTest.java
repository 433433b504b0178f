package org.cthb.readiness.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * One headless Chromium per test class, reset to a fresh visitor before each test and closed after the last. A
 * machine without Chromium fails each class at once with the install command ({@link RequiresBrowser}).
 */
@ExtendWith(RequiresBrowser.class)
abstract class BrowserTest {

    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void newVisitor() {
        if (browser == null) {
            browser = new Browser(base, RequiresBrowser.binaries());
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
