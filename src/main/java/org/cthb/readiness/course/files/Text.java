package org.cthb.readiness.course.files;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;
import java.util.TreeMap;

/**
 * A text in both of NATO's official languages, and in any other language a course adds ({@code xx:} keys).
 *
 * @param others the texts in further languages, by two-letter code; left out of the canonical JSON when empty, so a
 *               course in English and French keeps the content hash it always had
 */
public record Text(String en, String fr, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> others) {

    public Text {
        others = others == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(others));
    }

    public Text(String en, String fr) {
        this(en, fr, Map.of());
    }

    /** The text in a language; English when the course has no text in it (the per-string fallback). */
    public String in(String language) {
        if ("fr".equals(language)) {
            return fr;
        }
        return "en".equals(language) || language == null ? en : others.getOrDefault(language, en);
    }

    /** Whether the course wrote this text in the language itself, rather than falling back to English. */
    public boolean has(String language) {
        return "en".equals(language) || "fr".equals(language) ? true : others.containsKey(language);
    }
}
