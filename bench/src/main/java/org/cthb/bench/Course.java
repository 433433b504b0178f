package org.cthb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The course as the bench needs it, read from the course folder the service imports: module ids, lesson names,
 * and each question's correct options (the answer key a diligent learner would know).
 */
final class Course {

    /**
     * A module: its lessons, and per question the English text of each correct option. The service names options
     * by the position it shows them in (a new order per attempt), so a learner who knows the answer finds it by
     * its words, as a person does.
     */
    record Module(String id, List<String> lessons, List<String> alternatives, Map<String, List<String>> correct) {
    }

    final Map<String, Module> modules = new LinkedHashMap<>();

    static Course read(Path courseDir) throws IOException {
        Course course = new Course();
        List<Path> dirs;
        try (Stream<Path> s = Files.list(courseDir)) {
            dirs = s.filter(p -> Files.exists(p.resolve("module.yaml"))).sorted().toList();
        }
        for (Path dir : dirs) {
            List<String> yaml = Files.readAllLines(dir.resolve("module.yaml"));
            String id = yaml.stream().filter(l -> l.startsWith("id:"))
                    .map(l -> unquote(l.substring(3))).findFirst().orElseThrow();
            List<String> lessons = listed(yaml, "lessons:");
            // A sensitive lesson has a non-graphic alternative in alt/: its page exists in three views.
            List<String> alternatives = lessons.stream()
                    .filter(l -> Files.exists(dir.resolve("alt").resolve(l + ".en.md"))).toList();
            course.modules.put(id, new Module(id, lessons, alternatives, answerKey(dir.resolve("quiz.yaml"))));
        }
        return course;
    }

    /**
     * The block list under {@code key} in a module file's fixed layout ({@code lessons:} then {@code  - name} lines):
     * the lessons the module lists, in order, and nothing else of the folder (its job aid is no lesson).
     */
    private static List<String> listed(List<String> yaml, String key) {
        List<String> items = new ArrayList<>();
        boolean in = false;
        for (String line : yaml) {
            if (line.startsWith(key)) {
                in = true;
            } else if (in && line.trim().startsWith("- ")) {
                items.add(unquote(line.trim().substring(2)));
            } else if (in && !line.isBlank()) {
                break;
            }
        }
        return items;
    }

    /** Question id to the English texts of its correct options, from the quiz file's fixed layout. */
    private static Map<String, List<String>> answerKey(Path quiz) throws IOException {
        Map<String, List<String>> key = new LinkedHashMap<>();
        String question = null;
        boolean correct = false;
        boolean inOptionText = false;
        StringBuilder english = null;
        for (String line : Files.readAllLines(quiz)) {
            if (english != null) {
                if (line.startsWith("            ") && !line.isBlank()) {
                    english.append(english.length() == 0 ? "" : " ").append(line.strip());
                    continue;
                }
                key.get(question).add(normalise(english.toString()));
                english = null;
            }
            if (line.startsWith("  - id:")) {
                question = unquote(line.substring("  - id:".length()));
                key.put(question, new ArrayList<>());
            } else if (line.startsWith("      - id:")) {
                correct = false;
                inOptionText = false;
            } else if (line.startsWith("        correct:")) {
                correct = line.contains("true");
            } else if (line.startsWith("        ") && !line.startsWith("         ")) {
                inOptionText = line.strip().equals("text:");
            } else if (inOptionText && correct && question != null && (line.startsWith("          en:")
                    || line.startsWith("          fr:"))) {
                // Both languages: a learner whose account is in French sees the French options.
                String inline = line.substring("          en:".length()).strip();
                if (inline.startsWith(">") || inline.startsWith("|")) {
                    english = new StringBuilder();
                } else {
                    key.get(question).add(normalise(unquote(inline)));
                }
            }
        }
        if (english != null) {
            key.get(question).add(normalise(english.toString()));
        }
        return key;
    }

    /**
     * The words only: the service may set (no-break) spaces before "; : ! ?" as typography asks, which the course
     * file does not carry, so every kind of space is left out of the comparison.
     */
    static String normalise(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F\\u2009]+", "");
    }

    private static String unquote(String s) {
        return s.strip().replace("\"", "").replace("'", "");
    }
}
