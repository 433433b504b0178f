package org.cthb.readiness.web;

import java.util.List;
import java.util.Locale;

/** The two languages the service speaks, NATO's official languages, and how a visitor's one is chosen. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("en", "fr");

    private Languages() {
    }

    public static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language);
    }

    /** The remembered choice wins; otherwise the browser's first supported preference; otherwise English. */
    public static String resolve(String remembered, String acceptLanguage) {
        if (isSupported(remembered)) {
            return remembered;
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (isSupported(language)) {
                        return language;
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // A malformed header is the browser's problem: fall back to English.
            }
        }
        return "en";
    }
}
