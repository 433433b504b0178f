package org.cthb.readiness.course.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a nation's overlay folder, {@code courses/overlays/<ISO3>/}: the nation's own modules (national law, ...)
 * for a course, each validated exactly like a course module (module.yaml, lessons in both languages, quiz, the
 * lint, the glossary of {@code courses/glossary.yaml} and French typography).
 *
 * <pre>
 * courses/overlays/FRA/overlay.yaml       nation: FRA, course: cthb-predeployment, modules: [..], lint: strict
 * courses/overlays/FRA/01-national-law/   a module folder, as in a course
 * </pre>
 *
 * A national module's id starts with the nation's code in lower case ({@code fra-national-law}), so it never
 * collides with a course module or another nation's. The start-up import and {@code POST /api/courses/overlays/import}
 * merge a valid overlay into its course's current version (course/CourseImporter#importOverlay).
 */
public final class OverlayReader {

    private static final Set<String> KEYS = Set.of("nation", "course", "modules", "lint");

    /** The overlay when valid (its modules in order), otherwise its problems; lint findings as in a course. */
    public record Result(String nation, String courseId, List<CourseContent.ModuleContent> modules,
                         Map<String, String> assets, List<FileProblem> problems, List<FileProblem> warnings,
                         int courseLine) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private OverlayReader() {
    }

    public static Result read(Path folder) {
        Problems problems = new Problems();
        CourseFolder files = new CourseFolder(folder, problems);
        Map<String, String> assets = new TreeMap<>();
        List<CourseContent.ModuleContent> modules = new ArrayList<>();
        String folderName = folder.toAbsolutePath().normalize().getFileName().toString();
        String[] identity = new String[2];
        int[] courseLine = {1};
        files.read("overlay.yaml").flatMap(yaml -> YamlMap.parse("overlay.yaml", yaml, 0, problems))
                .ifPresent(overlay -> {
                    overlay.allowOnly(KEYS);
                    overlay.require("nation", "course", "modules");
                    String lint = overlay.has("lint") ? overlay.string("lint") : "warn";
                    if (lint != null && !lint.equals("warn") && !lint.equals("strict")) {
                        problems.add(overlay.file(), overlay.lineOf("lint"), "lint must be warn or strict, not '"
                                + lint + "'");
                    }
                    problems.strictLint("strict".equals(lint));
                    String nation = overlay.string("nation");
                    if (nation != null && (!nation.matches("[A-Z]{3}") || !nation.equals(folderName))) {
                        problems.add(overlay.file(), overlay.lineOf("nation"), "nation must be the ISO 3166"
                                + " alpha-3 code that names the folder (" + folderName + "), not '" + nation + "'");
                    }
                    String course = overlay.string("course");
                    if (course != null && !course.matches(CourseReader.ID_PATTERN)) {
                        problems.add(overlay.file(), overlay.lineOf("course"), "course must be a course id");
                    }
                    identity[0] = nation;
                    if (overlay.has("course")) {
                        courseLine[0] = overlay.lineOf("course");
                    }
                    identity[1] = course;
                    Map<String, String> ids = new HashMap<>();
                    List<String> folders = overlay.strings("modules");
                    if (overlay.has("modules") && folders.isEmpty()) {
                        problems.add(overlay.file(), overlay.lineOf("modules"), "modules must list at least one"
                                + " module folder");
                    }
                    for (String moduleFolder : folders) {
                        ModuleReader.read(moduleFolder, files, problems, assets).ifPresent(m -> {
                            String prefix = nation == null ? "" : nation.toLowerCase(java.util.Locale.ROOT) + "-";
                            if (!m.id().startsWith(prefix)) {
                                problems.add(moduleFolder + "/module.yaml", 1, "a national module's id starts with '"
                                        + prefix + "' (the nation's code), not '" + m.id() + "'");
                            }
                            String first = ids.putIfAbsent(m.id(), moduleFolder);
                            if (first != null) {
                                problems.add(moduleFolder + "/module.yaml", 1, "duplicate module id '" + m.id()
                                        + "' (also in " + first + ")");
                            }
                            modules.add(m);
                        });
                    }
                });
        FrenchTypography.check(problems.texts(), problems);
        Glossary.beside(folder.toAbsolutePath().normalize().getParent(), problems)
                .ifPresent(g -> GlossaryCheck.check(g, problems.texts(), problems));
        List<FileProblem> warnings = problems.sortedWarnings();
        return problems.isEmpty()
                ? new Result(identity[0], identity[1], List.copyOf(modules), Map.copyOf(assets), List.of(), warnings,
                courseLine[0])
                : new Result(identity[0], identity[1], List.of(), Map.of(), problems.sorted(), warnings, courseLine[0]);
    }
}
