package org.cthb.readiness.course.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The course's English–French terms ({@code courses/glossary.yaml}, beside the course folders): the NATO French term
 * for each English one, and the forms to avoid. Terms match whole words, case-insensitively, in the singular or the
 * plural, and across French elision and contraction (le/la/l', de/des/du/d', que/qu').
 */
record Glossary(String file, List<Term> terms) {

    static final String FILE = "glossary.yaml";
    /** How problems name it: relative to the course folder, like every other file. */
    static final String NAME = "../" + FILE;
    private static final Set<String> KEYS = Set.of("terms");
    private static final Set<String> TERM_KEYS = Set.of("en", "fr", "avoid");
    private static final String SPACE = "(?:[\\s\\u00A0\\u202F]+|(?<=['’]))";

    /**
     * One term, where it is written, and its patterns. {@code fr} may list several accepted forms (French agrees
     * adjectives and conjugates verbs: "centré", "centrée"; "tenant compte", "tient compte"): any of them will do,
     * the first is the one to suggest.
     */
    record Term(String en, List<String> frForms, List<String> avoid, int line, Pattern enPattern,
                List<Pattern> frPatterns, List<Pattern> avoidPatterns) {

        String fr() {
            return frForms.get(0);
        }

        boolean usedIn(String french) {
            return frPatterns.stream().anyMatch(p -> p.matcher(french).find());
        }
    }

    /** The glossary beside the course folder, if there is one; its own problems are problems of the course. */
    static Optional<Glossary> beside(Path courseFolder, Problems problems) {
        Path parent = courseFolder.toAbsolutePath().normalize().getParent();
        if (parent == null || !Files.isRegularFile(parent.resolve(FILE))) {
            return Optional.empty();
        }
        CourseFolder files = new CourseFolder(parent, problems);
        return files.read(FILE).flatMap(yaml -> YamlMap.parse(NAME, yaml, 0, problems)).map(g -> read(g, problems));
    }

    private static Glossary read(YamlMap glossary, Problems problems) {
        glossary.allowOnly(KEYS);
        glossary.require("terms");
        List<Term> terms = new ArrayList<>();
        for (YamlMap term : glossary.maps("terms")) {
            term.allowOnly(TERM_KEYS);
            term.require("en", "fr");
            String en = term.string("en");
            List<String> fr = term.textOrTexts("fr");
            List<String> avoid = term.has("avoid") ? term.strings("avoid") : List.of();
            if (en != null && !fr.isEmpty()) {
                terms.add(new Term(en, fr, avoid, term.line(), pattern(en),
                        fr.stream().map(Glossary::pattern).toList(), avoid.stream().map(Glossary::pattern).toList()));
            }
        }
        return new Glossary(NAME, List.copyOf(terms));
    }

    /** Whole words in order, each in the singular or plural, spaces of any kind, elided articles either way. */
    static Pattern pattern(String term) {
        List<String> words = new ArrayList<>();
        for (String word : term.strip().split("[\\s\\u00A0\\u202F]+")) {
            words.add(word(word));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + String.join(SPACE, words) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String word(String word) {
        String[] elided = word.split("['’]", 2);
        if (elided.length == 2 && !elided[1].isEmpty()) {
            return Pattern.quote(elided[0]) + "['’]" + word(elided[1]);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "le", "la" -> {
                return "(?:le|la|l['’])";
            }
            case "de", "des", "du" -> {
                return "(?:des|de|du|d['’])";
            }
            case "que" -> {
                return "(?:que|qu['’])";
            }
            default -> {
                boolean plural = lower.length() > 3 && (lower.endsWith("s") || lower.endsWith("x"));
                String stem = plural ? word.substring(0, word.length() - 1) : word;
                return Character.isLetterOrDigit(word.charAt(word.length() - 1))
                        ? Pattern.quote(stem) + "(?:s|x|es)?" : Pattern.quote(word);
            }
        }
    }
}
