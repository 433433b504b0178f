package org.cthb.readiness.course.files;

import java.util.Optional;
import java.util.Set;

/**
 * Reads a role module's job aid: {@code <name>.en.md} and {@code <name>.fr.md}, each a front matter with its
 * {@code title} and a body of {@link JobAidSections}. Both languages must be there; the French is checked against
 * the glossary and French typography like a lesson.
 */
final class JobAidReader {

    private static final Set<String> KEYS = Set.of("title");

    private JobAidReader() {
    }

    static Optional<CourseContent.JobAid> read(String folder, String moduleFile, int line, String name,
                                               CourseFolder files, Problems problems) {
        int before = problems.count();
        Part en = language(folder, moduleFile, line, name, "en", files, problems);
        Part fr = language(folder, moduleFile, line, name, "fr", files, problems);
        if (en == null || fr == null) {
            return Optional.empty();
        }
        problems.text(new BilingualText(folder + "/" + name + ".en.md", en.bodyLine(), en.text().markdown(),
                folder + "/" + name + ".fr.md", fr.bodyLine(), fr.text().markdown(), true));
        return problems.count() > before ? Optional.empty()
                : Optional.of(new CourseContent.JobAid(name, en.text(), fr.text()));
    }

    private record Part(CourseContent.JobAidText text, int bodyLine) {
    }

    private static Part language(String folder, String moduleFile, int line, String name,
                                                     String language, CourseFolder files, Problems problems) {
        String fileName = name + "." + language + ".md";
        String file = folder + "/" + fileName;
        if (!files.exists(file)) {
            problems.add(moduleFile, line, "job aid '" + name + "' has no " + ("en".equals(language) ? "English"
                    : "French") + " file " + fileName);
            return null;
        }
        Optional<LessonReader.Split> split = files.read(file).flatMap(text -> LessonReader.split(file, text, problems));
        if (split.isEmpty()) {
            return null;
        }
        YamlMap front = split.get().frontMatter();
        front.allowOnly(KEYS);
        front.require("title");
        JobAidSections.check(file, split.get().bodyLine(), split.get().body(), problems);
        return new Part(new CourseContent.JobAidText(front.string("title"), split.get().body()),
                split.get().bodyLine());
    }
}
