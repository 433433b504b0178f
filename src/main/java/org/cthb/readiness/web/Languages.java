package org.cthb.readiness.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The languages the service speaks and how a visitor's one is chosen. They come from configuration
 * ({@code cthb.languages}, English and French, NATO's official languages, by default), not from code: a language is
 * added by its message files ({@code messages/<bundle>_xx.properties}, read when the application is built), its
 * course texts ({@code xx:} keys and {@code *.xx.md} lessons) and its code in this list. English comes first and is
 * what every missing text falls back to.
 */
public final class Languages {

    /** English and French: the languages every course must be complete in. */
    public static final List<String> OFFICIAL = List.of("en", "fr");

    private Languages() {
    }

    /**
     * The configured languages, English first. Read from the configuration at each call (a short string), not kept
     * in a static field that would outlive a restart with other configuration (tests, dev mode).
     */
    public static List<String> supported() {
        return parse(ConfigProvider.getConfig().getOptionalValue("cthb.languages", String.class).orElse("en,fr"));
    }

    /** A comma-separated list of language codes as a list, English always first and present. */
    static List<String> parse(String list) {
        List<String> codes = Arrays.stream(list.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).distinct().toList();
        for (String code : codes) {
            if (!code.matches("[a-z]{2}")) {
                throw new IllegalArgumentException("cthb.languages: '" + code
                        + "' is not a two-letter language code such as de (an account remembers its language in two letters)");
            }
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("en"),
                codes.stream().filter(c -> !c.equals("en"))).toList();
    }

    public static boolean isSupported(String language) {
        return language != null && supported().contains(language);
    }

    /** The language if the service speaks it, English otherwise. */
    public static String orEnglish(String language) {
        return isSupported(language) ? language : "en";
    }

    /**
     * A language's name in itself ("Français", "Deutsch"), as a language switch shows it: the {@code own_name} text
     * of its message files, else the name the JDK knows, else its code.
     */
    public static String ownName(String language) {
        if (Arc.container() != null) {
            try {
                String name = MessageBundles.get(LanguageMsg.class, Localized.Literal.of(language)).own_name();
                if (!name.equals("English") || language.equals("en")) {
                    return name;
                }
            } catch (IllegalStateException noBundle) {
                // No bundle for the language at all: the JDK's name below.
            }
        }
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        return name.isBlank() || name.equals(language) ? language
                : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
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
