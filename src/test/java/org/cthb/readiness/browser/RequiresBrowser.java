package org.cthb.readiness.browser;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a browser test class, before the application starts, when Chromium or its WebDriver is missing: with the
 * one message of {@link BrowserBinaries.Missing} (what is missing, the install command), no stack trace. The tests
 * fail rather than skip so that no build, CI's included, passes without them.
 */
final class RequiresBrowser implements BeforeAllCallback {

    /** The binaries, or why there are none: looked up once per test run. */
    private static Object found;

    static synchronized BrowserBinaries binaries() {
        if (found == null) {
            try {
                found = BrowserBinaries.find();
            } catch (BrowserBinaries.Missing missing) {
                found = missing;
            }
        }
        if (found instanceof BrowserBinaries.Missing missing) {
            throw missing;
        }
        return (BrowserBinaries) found;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        binaries();
    }
}
