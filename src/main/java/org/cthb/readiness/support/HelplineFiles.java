package org.cthb.readiness.support;

import org.cthb.readiness.course.files.CourseLanguages;
import org.cthb.readiness.course.files.Text;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the helpline files: {@code default.yaml} (shipped: shown to everyone, last) and one {@code <ISO3>.yaml} per
 * nation (shown first to that nation's learners). A nation keeps its file with its national training staff and sends
 * it as a change to this repository, reviewed like course files; nothing a learner sees comes from an unreviewed
 * edit. Every problem names the file, the entry and the field; a file with a problem is left out whole (never half
 * of a nation's list), and the others are served.
 *
 * <pre>
 * helplines:
 *   - name: {en: ..., fr: ...}
 *     phone: "+33 1 23 45 67 89"        # a phone number, or
 *     url: https://example.org/help     # an https address (at least one of the two)
 *     hours: {en: ..., fr: ...}         # optional: when it answers, who it is for
 * </pre>
 * A text may add further languages ({@code de: ...}) beside English and French, as course texts do; a language a
 * text leaves out shows the English.
 */
public final class HelplineFiles {

    static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{1,23}");
    static final Pattern FILE = Pattern.compile("([A-Z]{3}|default)\\.yaml");
    private static final Set<String> KEYS = Set.of("name", "phone", "url", "hours");

    /** Each nation's list ("default" for the shipped one), and the problems of the files left out. */
    public record Result(Map<String, List<Helpline>> byNation, List<String> problems) {
    }

    private HelplineFiles() {
    }

    public static Result read(Path folder) {
        Map<String, List<Helpline>> byNation = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            problems.add(folder + ": no such folder");
            return new Result(byNation, problems);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".yaml")) {
                    continue;
                }
                if (!FILE.matcher(name).matches()) {
                    problems.add(name + ": a helpline file is default.yaml or <ISO3>.yaml (three capital letters)");
                    continue;
                }
                List<String> own = new ArrayList<>();
                List<Helpline> lines = parse(name, Files.readString(file), own);
                if (own.isEmpty()) {
                    byNation.put(name.substring(0, name.length() - 5), lines);
                }
                problems.addAll(own);
            }
        } catch (IOException e) {
            problems.add(folder + ": " + e.getMessage());
        }
        return new Result(byNation, problems);
    }

    static List<Helpline> parse(String file, String yaml, List<String> problems) {
        String nation = file.startsWith("default") ? null : file.substring(0, 3);
        Object root;
        try {
            root = new Yaml(new LoaderOptions()).load(yaml);
        } catch (YAMLException e) {
            problems.add(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return List.of();
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("helplines") instanceof List<?> entries)
                || entries.isEmpty() || map.size() != 1) {
            problems.add(file + ": helplines: the file holds one key, helplines, a list of at least one helpline");
            return List.of();
        }
        List<Helpline> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = file + ": helplines[" + i + "].";
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                problems.add(file + ": helplines[" + i + "]: a helpline is a map of name, phone, url, hours");
                continue;
            }
            entry.keySet().stream().filter(k -> !KEYS.contains(String.valueOf(k))).forEach(k -> problems.add(where
                    + k + ": unknown key (one of name, phone, url, hours)"));
            Text name = text(entry.get("name"), where + "name", true, problems);
            Text hours = text(entry.get("hours"), where + "hours", false, problems);
            String phone = string(entry.get("phone"));
            String url = string(entry.get("url"));
            if (phone == null && url == null) {
                problems.add(where + "phone: a helpline needs a phone number or a url");
            }
            if (phone != null && !PHONE.matcher(phone).matches()) {
                problems.add(where + "phone: '" + phone + "' is not a phone number (digits, spaces, ( ) . / -,"
                        + " an optional leading +)");
            }
            if (url != null && !validUrl(url)) {
                problems.add(where + "url: '" + url + "' is not an https address");
            }
            lines.add(new Helpline(nation, name, phone, url, hours));
        }
        return lines;
    }

    private static boolean validUrl(String url) {
        try {
            java.net.URI uri = new java.net.URI(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value).strip();
    }

    private static Text text(Object value, String field, boolean required, List<String> problems) {
        if (value == null) {
            if (required) {
                problems.add(field + ": required, with en and fr");
            }
            return null;
        }
        if (value instanceof Map<?, ?> map && map.get("en") instanceof String en
                && map.get("fr") instanceof String fr && !en.isBlank() && !fr.isBlank()) {
            // Further languages, like a course's xx: keys: optional per text, English shown where one is missing.
            Map<String, String> others = new TreeMap<>();
            boolean valid = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String language = String.valueOf(e.getKey());
                if (language.equals("en") || language.equals("fr")) {
                    continue;
                }
                if (!CourseLanguages.isCode(language)) {
                    problems.add(field + ": " + language
                            + ": not a language (en, fr, or another two-letter code such as de)");
                    valid = false;
                } else if (!(e.getValue() instanceof String other) || other.isBlank()) {
                    problems.add(field + ": " + language + ": empty (leave a language out to show the English)");
                    valid = false;
                } else {
                    others.put(language, other.strip());
                }
            }
            return valid ? new Text(en.strip(), fr.strip(), others) : null;
        }
        problems.add(field + ": needs en and fr, both filled in");
        return null;
    }
}
