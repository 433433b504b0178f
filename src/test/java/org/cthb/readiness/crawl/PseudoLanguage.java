package org.cthb.readiness.crawl;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import io.quarkus.test.junit.QuarkusTestProfile;
import org.cthb.readiness.web.Msg;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A pseudo-language, {@code xx}, added to the service the way a nation adds a real one: by files only. Every English
 * text becomes an accented one about 30 % longer ("Sign in" → "Šííĝñ íñ"), so a page that shows a plain English
 * word shows text that bypassed the translation files, and a page that clips or overflows will do so for the longer
 * languages too. The files are made from the English of the moment (so the pseudo-language never lags behind a new
 * message): message files beside the test classes, and a copy of the shipped course with {@code xx:} texts and
 * {@code *.xx.md} lessons.
 */
public final class PseudoLanguage {

    public static final String CODE = "xx";
    /**
     * The one message the pseudo-language leaves out, as a translator might: it must show in English and be listed
     * as missing. No page shows it (it names the switch for assistive text to come), so the crawl stays clean.
     */
    public static final String LEFT_UNTRANSLATED = "lang:switch_label";

    /** Where the pseudo-language's nation and mission names file is written ({@code cthb.reference.names-dir}). */
    public static final Path NAMES = Path.of("target/pseudo-names");

    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");
    private static final Pattern URL = Pattern.compile("https?://\\S+|[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final String PLAIN = "aeiouycnszgAEIOUYCNSZG";
    private static final String ACCENTED = "áéíöüýçñšžĝÅÉÎÖÜÝÇÑŠŽĜ";

    private PseudoLanguage() {
    }

    /** The test profile of the pseudo-language: the files made before the service is built, the language configured. */
    public static class Profile implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Path courses = Path.of("target/pseudo-courses");
            Path helplines = Path.of("target/pseudo-helplines");
            writeMessageFiles(testClasses().resolve("messages"));
            writeCourses(Path.of("courses"), courses);
            // The test profile's helpline files (cthb.support.helplines-dir), with xx: texts like a course's.
            writeCourses(Path.of("src/test/resources/helplines"), helplines);
            clearNames();
            return Map.of("cthb.languages", "en,fr," + CODE, "cthb.courses-dir", courses.toAbsolutePath().toString(),
                    "cthb.support.helplines-dir", helplines.toAbsolutePath().toString(),
                    "cthb.reference.names-dir", NAMES.toAbsolutePath().toString(),
                    // Names written while the service runs (missions other tests added) show at once.
                    "cthb.reference.cache-ttl", "0S");
        }
    }

    /**
     * An English text in the pseudo-language: each letter accented, each vowel doubled, and what is not text kept
     * as it is (Qute expressions, HTML tags and entities, link targets, inline code, addresses).
     */
    public static String of(String english) {
        StringBuilder out = new StringBuilder(english.length() * 3 / 2);
        int i = 0;
        while (i < english.length()) {
            char c = english.charAt(i);
            int end = skip(english, i);
            if (end > i) {
                out.append(english, i, end);
                i = end;
                continue;
            }
            int plain = PLAIN.indexOf(c);
            if (plain < 0) {
                out.append(c);
            } else {
                out.append(ACCENTED.charAt(plain));
                if ("aeiouAEIOU".indexOf(c) >= 0) {
                    out.append(ACCENTED.charAt(PLAIN.indexOf(Character.toLowerCase(c))));
                }
            }
            i++;
        }
        return out.toString();
    }

    /** Where a part that is not text, starting at {@code i}, ends; {@code i} when text starts there. */
    private static int skip(String s, int i) {
        char c = s.charAt(i);
        if (c == '{') {
            int depth = 0;
            for (int j = i; j < s.length(); j++) {
                depth += s.charAt(j) == '{' ? 1 : s.charAt(j) == '}' ? -1 : 0;
                if (depth == 0) {
                    return j + 1;
                }
            }
            return s.length();
        }
        if (c == '<' || c == '`') {
            int close = s.indexOf(c == '<' ? '>' : '`', i + 1);
            return close < 0 ? i : close + 1;
        }
        for (Pattern pattern : List.of(LINK_TARGET, ENTITY, URL)) {
            Matcher m = pattern.matcher(s).region(i, s.length());
            if (m.lookingAt()) {
                return m.end();
            }
        }
        return i;
    }

    /** One {@code <bundle>_xx.properties} per message bundle, from the English of its {@code @Message}s. */
    static void writeMessageFiles(Path folder) {
        try {
            Files.createDirectories(folder);
            for (Class<?> bundle : bundles()) {
                StringBuilder file = new StringBuilder("# Made by the tests (PseudoLanguage) from the English texts\n");
                Arrays.stream(bundle.getMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                        .filter(m -> !(bundle.getAnnotation(MessageBundle.class).value() + ":" + m.getName())
                                .equals(LEFT_UNTRANSLATED))
                        .sorted(Comparator.comparing(Method::getName)).forEach(m -> file.append(m.getName()).append('=')
                                .append(of(m.getAnnotation(Message.class).value()).replace("\n", " ")).append('\n'));
                Files.writeString(folder.resolve(bundle.getAnnotation(MessageBundle.class).value() + "_" + CODE
                        + ".properties"), file, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Class<?>> bundles() throws IOException {
        Path root = location(Msg.class);
        try (Stream<Path> files = Files.walk(root.resolve("org/cthb/readiness"))) {
            return files.map(root::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
                    .filter(f -> !f.contains("$")).map(f -> f.replace('/', '.').replaceAll("\\.class$", ""))
                    .map(PseudoLanguage::load).filter(c -> c.isInterface() && c.isAnnotationPresent(MessageBundle.class))
                    .toList();
        }
    }

    /**
     * The pseudo-language's names file, {@code xx.properties}, as a nation writes one: {@code nation.DEU=...} and
     * {@code mission.KFOR=...}, from the English names (keys such as {@code nation.DEU} to English names). Written
     * while the service runs, since missions are added by the tests, as by nations, at any time.
     */
    public static void writeNames(Map<String, String> english) {
        java.util.Properties names = new java.util.Properties();
        english.forEach((key, name) -> {
            if (name != null) {
                names.setProperty(key, of(name));
            }
        });
        try {
            Files.createDirectories(NAMES);
            try (var out = Files.newBufferedWriter(NAMES.resolve(CODE + ".properties"), StandardCharsets.UTF_8)) {
                names.store(out, "Made by the tests (PseudoLanguage) from the English names");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No names file yet: every name shows in English until {@link #writeNames} writes one. */
    static void clearNames() {
        try {
            Files.deleteIfExists(NAMES.resolve(CODE + ".properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of every course folder (and the glossary beside them) where each English–French text has its
     * pseudo-language text and each lesson its {@code *.xx.md} file.
     */
    static void writeCourses(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                Files.createDirectories(target.getParent());
                String name = source.getFileName().toString();
                if (name.endsWith(".yaml") && !name.equals("glossary.yaml")) {
                    Files.writeString(target, yaml().dump(withPseudo(yaml().load(Files.readString(source)))));
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                if (name.endsWith(".en.md")) {
                    Files.writeString(target.resolveSibling(name.replaceAll("\\.en\\.md$", "." + CODE + ".md")),
                            lesson(Files.readString(source)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lesson file in the pseudo-language: its front matter's words and its Markdown. */
    private static String lesson(String file) {
        Matcher m = Pattern.compile("(?s)^---\\n(.*?)\\n---\\n(.*)$").matcher(file);
        if (!m.matches()) {
            return of(file);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> front = yaml().load(m.group(1));
        front.replaceAll((key, value) -> switch (key) {
            case "title", "contentNote" -> of(String.valueOf(value));
            case "alternative" -> String.valueOf(value).replaceAll("\\.en\\.md$", "." + CODE + ".md");
            default -> value;
        });
        return "---\n" + yaml().dump(front) + "---\n" + of(m.group(2));
    }

    @SuppressWarnings("unchecked")
    private static Object withPseudo(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            if (m.get("en") instanceof String en && m.get("fr") instanceof String) {
                m.put(CODE, of(en));
            } else {
                m.replaceAll((k, v) -> withPseudo(v));
            }
        } else if (node instanceof List<?> list) {
            ((List<Object>) list).replaceAll(PseudoLanguage::withPseudo);
        }
        return node;
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(10_000);
        return new Yaml(options);
    }

    /**
     * Removes the message files made for the pseudo-language. A {@code messages} folder among the test classes
     * hides the service's own ({@code messages/*_fr.properties}) from every later build of the service: French
     * pages would then print in English, in this run and in the next ones.
     */
    public static void removeMessageFiles() {
        Path folder = testClasses().resolve("messages");
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path testClasses() {
        return location(PseudoLanguage.class);
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PseudoLanguage.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
