package org.cthb.readiness.course.files;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a lesson file (front matter, then Markdown) and, for a sensitive lesson, its alternative. */
final class LessonReader {

    private static final Set<String> LESSON_KEYS = Set.of("title", "minutes", "sensitive", "contentNote", "alternative");
    private static final Set<String> ALTERNATIVE_KEYS = Set.of("title", "minutes", "sensitive");

    /** A lesson file as read: its text, and the minutes it and its alternative typed, if any. */
    record Read(CourseContent.LessonText text, int bodyLine, ReadingTime.Typed typed, Alternative alternative) {
    }

    /** An alternative as read: its text, the line its body starts on, and the minutes it typed, if any. */
    record Alternative(CourseContent.AlternativeText text, int bodyLine, ReadingTime.Typed typed) {
    }

    /** A Markdown file split into its front matter and its body, with the line where the body starts. */
    record Split(YamlMap frontMatter, String body, int bodyLine) {
    }

    private LessonReader() {
    }

    static Optional<Read> read(String folder, String fileName, CourseFolder files,
                                                  Problems problems, Map<String, String> assets) {
        String file = folder + "/" + fileName;
        int before = problems.count();
        Optional<Split> split = files.read(file).flatMap(text -> split(file, text, problems));
        if (split.isEmpty()) {
            return Optional.empty();
        }
        YamlMap front = split.get().frontMatter();
        front.allowOnly(LESSON_KEYS);
        front.require("title", "sensitive");
        String title = front.string("title");
        ReadingTime.Typed typed = typed(front);
        boolean sensitive = Boolean.TRUE.equals(front.bool("sensitive"));
        String note = front.has("contentNote") ? front.string("contentNote") : null;
        String alternativePath = front.has("alternative") ? front.string("alternative") : null;
        if (sensitive && note == null) {
            problems.add(file, front.line(), "a sensitive lesson needs a contentNote saying what it contains");
        }
        if (sensitive && alternativePath == null) {
            problems.add(file, front.line(), "a sensitive lesson needs an alternative: the path of its non-graphic version");
        }
        MarkdownChecks.check(file, split.get().body(), split.get().bodyLine(), folder, files, problems, assets);
        Alternative alternative = alternativePath == null ? null
                : alternative(folder, alternativePath, file, front.lineOf("alternative"), files, problems, assets);
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new Read(new CourseContent.LessonText(title, 0, sensitive, note, alternativePath,
                split.get().body(), alternative == null ? null : alternative.text()), split.get().bodyLine(), typed,
                alternative));
    }

    private static Alternative alternative(String folder, String path, String lessonFile, int line,
                                                             CourseFolder files, Problems problems,
                                                             Map<String, String> assets) {
        String file = folder + "/" + path;
        if (files.resolve(file) == null || !files.exists(file)) {
            problems.add(lessonFile, line, "alternative " + path + " does not exist");
            return null;
        }
        Optional<Split> split = files.read(file).flatMap(text -> split(file, text, problems));
        if (split.isEmpty()) {
            return null;
        }
        YamlMap front = split.get().frontMatter();
        front.allowOnly(ALTERNATIVE_KEYS);
        front.require("title");
        if (Boolean.TRUE.equals(front.has("sensitive") ? front.bool("sensitive") : null)) {
            problems.add(file, front.lineOf("sensitive"), "an alternative must not itself be sensitive");
        }
        String altFolder = file.substring(0, file.lastIndexOf('/'));
        MarkdownChecks.check(file, split.get().body(), split.get().bodyLine(), altFolder, files, problems, assets);
        return new Alternative(new CourseContent.AlternativeText(front.string("title"), 0, split.get().body()),
                split.get().bodyLine(), typed(front));
    }

    /** Minutes are computed from the words now; a typed figure is only compared, so older files stay valid. */
    private static ReadingTime.Typed typed(YamlMap front) {
        return front.has("minutes") ? new ReadingTime.Typed(front.file(), front.lineOf("minutes"),
                front.integer("minutes")) : null;
    }

    static Optional<Split> split(String file, String text, Problems problems) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            problems.add(file, 1, "front matter missing: the file must start with a line '---'");
            return Optional.empty();
        }
        int end = normalised.indexOf("\n---\n", 3);
        if (end < 0) {
            problems.add(file, 1, "front matter is not closed by a line '---'");
            return Optional.empty();
        }
        String yaml = normalised.substring(4, end + 1);
        int bodyLine = (int) yaml.chars().filter(c -> c == '\n').count() + 3;
        return YamlMap.parse(file, yaml, 1, problems)
                .map(front -> new Split(front, normalised.substring(end + 5), bodyLine));
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
