package org.cthb.readiness.course.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a course folder into its content and validates it completely: the result carries either the content
 * or every problem found, never a half-read course.
 */
public final class CourseReader {

    private static final Set<String> COURSE_KEYS = Set.of("id", "title", "description", "modules", "lint");
    private static final Set<String> LINT_LEVELS = Set.of("warn", "strict");
    static final String ID_PATTERN = "[a-z0-9][a-z0-9-]*";

    /**
     * Content when valid; otherwise the problems, sorted by file and line. Warnings (lint findings of a course
     * that does not ask for strict lint) never make a course invalid.
     */
    public record Result(CourseContent content, List<FileProblem> problems, List<FileProblem> warnings) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private CourseReader() {
    }

    public static Result read(Path folder) {
        Problems problems = new Problems();
        CourseFolder files = new CourseFolder(folder, problems);
        Map<String, String> assets = new TreeMap<>();
        CourseContent content = files.read("course.yaml")
                .flatMap(yaml -> YamlMap.parse("course.yaml", yaml, 0, problems))
                .map(course -> course(course, files, problems, assets))
                .orElse(null);
        FrenchTypography.check(problems.texts(), problems);
        Glossary.beside(folder, problems).ifPresent(g -> GlossaryCheck.check(g, problems.texts(), problems));
        List<FileProblem> warnings = problems.sortedWarnings();
        return problems.isEmpty() ? new Result(content, List.of(), warnings)
                : new Result(null, problems.sorted(), warnings);
    }

    private static CourseContent course(YamlMap course, CourseFolder files, Problems problems,
                                        Map<String, String> assets) {
        course.allowOnly(COURSE_KEYS);
        course.require("id", "title", "description", "modules");
        String id = course.string("id");
        if (id != null && !id.matches(ID_PATTERN)) {
            problems.add(course.file(), course.lineOf("id"), "id must use lower-case letters, digits and '-'");
        }
        lintLevel(course, problems);
        Text title = course.text("title");
        Text description = course.text("description");
        List<CourseContent.ModuleContent> modules = new ArrayList<>();
        Map<String, Integer> moduleIds = new HashMap<>();
        List<String> folders = course.strings("modules");
        if (course.has("modules") && folders.isEmpty()) {
            problems.add(course.file(), course.lineOf("modules"), "modules must list at least one module folder");
        }
        for (String folder : folders) {
            Optional<CourseContent.ModuleContent> module = ModuleReader.read(folder, files, problems, assets);
            module.ifPresent(m -> {
                Integer first = moduleIds.putIfAbsent(m.id(), modules.size());
                if (first != null) {
                    problems.add(folder + "/module.yaml", 1, "duplicate module id '" + m.id() + "' (also in "
                            + modules.get(first).folder() + ")");
                }
                modules.add(m);
            });
        }
        return new CourseContent(id, title, description, List.copyOf(modules),
                java.util.Collections.unmodifiableMap(new TreeMap<>(assets)));
    }

    /**
     * {@code lint: strict} makes lint findings errors: the shipped course declares it, so that a cue a guesser could
     * use never ships; other courses (drafts, national overlays) see the same findings as warnings.
     */
    private static void lintLevel(YamlMap course, Problems problems) {
        String level = course.has("lint") ? course.string("lint") : "warn";
        if (level != null && !LINT_LEVELS.contains(level)) {
            problems.add(course.file(), course.lineOf("lint"), "lint must be warn or strict, not '" + level + "'");
        }
        problems.strictLint("strict".equals(level));
    }
}
