package org.cthb.readiness.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where Chromium and its WebDriver are. Debian's {@code chromium} and {@code chromium-driver} install them in
 * /usr/bin; Ubuntu's snap in /snap/bin; {@code -Dcthb.chromium=...} and {@code -Dcthb.chromedriver=...} point at
 * others. When one is missing the browser tests fail with one message that says how to install it, instead of a
 * WebDriver stack trace.
 */
record BrowserBinaries(Path chromium, Path chromedriver) {

    static final String INSTALL = "sudo apt-get install chromium chromium-driver";
    static final String CHROMIUM_PROPERTY = "cthb.chromium";
    static final String CHROMEDRIVER_PROPERTY = "cthb.chromedriver";

    private static final List<String> CHROMIUM_PLACES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/snap/bin/chromium");
    private static final List<String> CHROMEDRIVER_PLACES = List.of("/usr/bin/chromedriver",
            "/snap/bin/chromium.chromedriver");

    /** The browser tests cannot run on this machine; the message says why and what to install. */
    static final class Missing extends RuntimeException {

        Missing(String message) {
            super(message, null, false, false);
        }

        /** No stack trace: where in the tests this was found says nothing the message does not. */
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** Looks in the places the system properties name, else in the usual ones, on the real file system. */
    static BrowserBinaries find() {
        return find(Map.of(CHROMIUM_PROPERTY, System.getProperty(CHROMIUM_PROPERTY, ""),
                CHROMEDRIVER_PROPERTY, System.getProperty(CHROMEDRIVER_PROPERTY, "")), Path.of("/"));
    }

    /**
     * Looks for both programs: a path given in {@code properties} (blank for none) is the only place looked at
     * for that program; the usual places are resolved against {@code root} (the file system's root, or a test's
     * folder).
     */
    static BrowserBinaries find(Map<String, String> properties, Path root) {
        List<String> problems = new ArrayList<>();
        Path chromium = find("Chromium", properties.get(CHROMIUM_PROPERTY), CHROMIUM_PROPERTY, CHROMIUM_PLACES,
                root, problems);
        Path chromedriver = find("chromedriver (Chromium's WebDriver)", properties.get(CHROMEDRIVER_PROPERTY),
                CHROMEDRIVER_PROPERTY, CHROMEDRIVER_PLACES, root, problems);
        if (!problems.isEmpty()) {
            throw new Missing("The browser tests need Chromium and its WebDriver. " + String.join(" ", problems)
                    + " Install both with:  " + INSTALL + "  (Debian; on Ubuntu: sudo snap install chromium),"
                    + " or name them with -D" + CHROMIUM_PROPERTY + "=... and -D" + CHROMEDRIVER_PROPERTY
                    + "=... .");
        }
        return new BrowserBinaries(chromium, chromedriver);
    }

    private static Path find(String what, String given, String property, List<String> places, Path root,
            List<String> problems) {
        if (given != null && !given.isBlank()) {
            Path path = Path.of(given);
            if (Files.isRegularFile(path) && Files.isExecutable(path)) {
                return path;
            }
            problems.add("No executable " + what + " at " + given + " (-D" + property + ").");
            return null;
        }
        for (String place : places) {
            Path path = root.resolve(place.substring(1));
            if (Files.isRegularFile(path) && Files.isExecutable(path)) {
                return path;
            }
        }
        problems.add("No " + what + " found at " + String.join(", ", places) + ".");
        return null;
    }
}
