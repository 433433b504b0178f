package org.cthb.readiness.course.files;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses Markdown that would carry script, and images that do not exist. The renderer sanitises all HTML
 * anyway; these checks tell the author at once instead of silently dropping their markup.
 */
final class MarkdownChecks {

    private record Rule(Pattern pattern, String message) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(?i)<\\s*script"), "raw HTML <script> is not allowed"),
            new Rule(Pattern.compile("(?i)<\\s*iframe"), "raw HTML <iframe> is not allowed"),
            new Rule(Pattern.compile("(?i)<\\s*img\\b"), "raw HTML <img> is not allowed: show an image of the course"
                    + " with ![alt text](images/file.png)"),
            new Rule(Pattern.compile("(?i)<[^>]*\\s(on[a-z]+)\\s*="), "event handler attribute %s is not allowed"),
            new Rule(Pattern.compile("(?i)(javascript|vbscript)\\s*:"), "%s: URL is not allowed"),
            new Rule(Pattern.compile("(?i)\\(\\s*data\\s*:"), "data: URL is not allowed"));
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(\\s*<?([^)\\s>]+)>?[^)]*\\)");
    private static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp");

    private MarkdownChecks() {
    }

    static void check(String file, String markdown, int firstLine, String folder, CourseFolder files,
                      Problems problems, Map<String, String> assets) {
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = firstLine + i;
            for (Rule rule : RULES) {
                Matcher matcher = rule.pattern().matcher(lines[i]);
                if (matcher.find()) {
                    String what = matcher.groupCount() > 0 ? matcher.group(1).toLowerCase() : "";
                    problems.add(file, line, rule.message().formatted(what));
                }
            }
            Matcher image = IMAGE.matcher(lines[i]);
            while (image.find()) {
                checkImage(file, line, image.group(1), image.group(2), folder, files, problems, assets);
            }
        }
    }

    private static void checkImage(String file, int line, String alt, String target, String folder,
                                   CourseFolder files, Problems problems, Map<String, String> assets) {
        if (alt.isBlank()) {
            problems.add(file, line, "image " + target + " needs alternative text");
        }
        if (target.contains("://") || target.startsWith("/")) {
            problems.add(file, line, "image " + target + " must be a file of the course, given by a relative path");
            return;
        }
        String path = folder + "/" + target;
        String extension = target.substring(target.lastIndexOf('.') + 1).toLowerCase();
        if (files.resolve(path) == null || !files.exists(path)) {
            problems.add(file, line, "image " + target + " does not exist");
        } else if (!IMAGE_TYPES.contains(extension)) {
            problems.add(file, line, "image " + target + " must be one of " + IMAGE_TYPES.stream().sorted().toList());
        } else {
            assets.put(files.resolve(path).toString().substring(files.resolve("").toString().length() + 1),
                    LessonReader.base64(files.bytes(path)));
        }
    }
}
