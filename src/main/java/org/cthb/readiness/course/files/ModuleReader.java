package org.cthb.readiness.course.files;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one module folder: module.yaml, its lessons in both languages, and its quiz. */
final class ModuleReader {

    static final Set<String> ROLES = Set.of("ALL_PERSONNEL", "COMMANDER", "MILITARY_POLICE", "PROCUREMENT", "TRAINER");
    private static final Set<String> MODULE_KEYS = Set.of("id", "title", "summary", "roles", "lessons", "quiz",
            "jobAid");
    private static final Pattern LESSON_FILE = Pattern.compile("^(.+)\\.([A-Za-z_-]+)\\.md$");

    private ModuleReader() {
    }

    static Optional<CourseContent.ModuleContent> read(String folder, CourseFolder files, Problems problems,
                                                      Map<String, String> assets) {
        String file = folder + "/module.yaml";
        int before = problems.count();
        Optional<YamlMap> parsed = files.read(file).flatMap(yaml -> YamlMap.parse(file, yaml, 0, problems));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap module = parsed.get();
        module.allowOnly(MODULE_KEYS);
        module.require("id", "title", "summary", "roles", "lessons", "quiz");
        String id = module.string("id");
        if (id != null && !id.matches(CourseReader.ID_PATTERN)) {
            problems.add(file, module.lineOf("id"), "id must use lower-case letters, digits and '-'");
        }
        Text title = module.text("title");
        Text summary = module.text("summary");
        List<String> roles = roles(module, problems);
        List<String> lessonNames = module.strings("lessons");
        List<CourseContent.LessonContent> lessons = lessons(folder, module, lessonNames, files, problems, assets);
        String jobAidName = module.has("jobAid") ? module.string("jobAid") : null;
        reportUnlistedLessonFiles(folder, jobAidName == null ? lessonNames
                : java.util.stream.Stream.concat(lessonNames.stream(), java.util.stream.Stream.of(jobAidName)).toList(),
                files, problems);
        Optional<CourseContent.JobAid> jobAid = jobAidName == null ? Optional.empty()
                : JobAidReader.read(folder, file, module.lineOf("jobAid"), jobAidName, files, problems);
        String quizFile = module.string("quiz");
        Optional<CourseContent.QuizContent> quiz = quizFile == null ? Optional.empty()
                : QuizReader.read(folder + "/" + quizFile, quizFile, files, problems, lessonNames);
        if (problems.count() > before || quiz.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CourseContent.ModuleContent(folder, id, title, summary, roles, lessons, quiz.get(),
                jobAid.orElse(null)));
    }

    private static List<String> roles(YamlMap module, Problems problems) {
        List<String> roles = module.strings("roles");
        if (module.has("roles") && roles.isEmpty()) {
            problems.add(module.file(), module.lineOf("roles"), "roles must name at least one role");
        }
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                problems.add(module.file(), module.lineOf("roles"), "unknown role '" + role + "' (one of "
                        + ROLES.stream().sorted().toList() + ")");
            }
        }
        return roles;
    }

    private static List<CourseContent.LessonContent> lessons(String folder, YamlMap module, List<String> names,
                                                             CourseFolder files, Problems problems,
                                                             Map<String, String> assets) {
        List<CourseContent.LessonContent> lessons = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                problems.add(module.file(), module.lineOf("lessons"), "lesson '" + name + "' is listed twice");
                continue;
            }
            boolean ok = true;
            for (String language : List.of("en", "fr")) {
                if (!files.exists(folder + "/" + name + "." + language + ".md")) {
                    problems.add(module.file(), module.lineOf("lessons"), "lesson '" + name + "' has no "
                            + ("en".equals(language) ? "English" : "French") + " file " + name + "." + language + ".md");
                    ok = false;
                }
            }
            if (ok) {
                var en = LessonReader.read(folder, name + ".en.md", files, problems, assets);
                var fr = LessonReader.read(folder, name + ".fr.md", files, problems, assets);
                if (en.isPresent() && fr.isPresent()) {
                    lessons.add(withOthers(timed(name, en.get(), fr.get(), problems),
                            otherLanguages(folder, name, files, problems, assets)));
                    remember(folder, name, en.get(), fr.get(), problems);
                }
            }
        }
        return lessons;
    }

    /** The lesson with its reading time computed from both languages, the same figure shown in each. */
    private static CourseContent.LessonContent timed(String name, LessonReader.Read en, LessonReader.Read fr,
                                                     Problems problems) {
        int minutes = ReadingTime.minutes(en.text().markdown(), fr.text().markdown());
        ReadingTime.warnIfTypedDiffers(en.typed(), minutes, problems);
        ReadingTime.warnIfTypedDiffers(fr.typed(), minutes, problems);
        CourseContent.AlternativeText enAlt = en.text().alternative();
        CourseContent.AlternativeText frAlt = fr.text().alternative();
        int altMinutes = enAlt == null || frAlt == null ? 0 : ReadingTime.minutes(enAlt.markdown(), frAlt.markdown());
        if (enAlt != null && frAlt != null) {
            ReadingTime.warnIfTypedDiffers(en.alternative().typed(), altMinutes, problems);
            ReadingTime.warnIfTypedDiffers(fr.alternative().typed(), altMinutes, problems);
        }
        return new CourseContent.LessonContent(name, withMinutes(en.text(), minutes, altMinutes),
                withMinutes(fr.text(), minutes, altMinutes));
    }

    /** The lesson's files in languages beyond English and French ({@code name.xx.md}), by language. */
    private static Map<String, CourseContent.LessonText> otherLanguages(String folder, String name, CourseFolder files,
                                                                      Problems problems, Map<String, String> assets) {
        Map<String, CourseContent.LessonText> others = new java.util.TreeMap<>();
        for (String fileName : files.filesIn(folder)) {
            Matcher matcher = LESSON_FILE.matcher(fileName);
            if (matcher.matches() && matcher.group(1).equals(name) && CourseLanguages.isCode(matcher.group(2))
                    && !CourseLanguages.REQUIRED.contains(matcher.group(2))) {
                LessonReader.read(folder, fileName, files, problems, assets)
                        .ifPresent(read -> others.put(matcher.group(2), read.text()));
            }
        }
        return others;
    }

    /**
     * The lesson with its translations; each shows the reading time of the English and French (the same figure in
     * every language, as a learner's plan counts it).
     */
    private static CourseContent.LessonContent withOthers(CourseContent.LessonContent lesson,
                                                          Map<String, CourseContent.LessonText> others) {
        if (others.isEmpty()) {
            return lesson;
        }
        Map<String, CourseContent.LessonText> timed = new java.util.TreeMap<>();
        int altMinutes = lesson.en().alternative() == null ? 0 : lesson.en().alternative().minutes();
        others.forEach((language, text) -> timed.put(language, withMinutes(text, lesson.en().minutes(), altMinutes)));
        return new CourseContent.LessonContent(lesson.name(), lesson.en(), lesson.fr(), timed);
    }

    /** The lesson's two bodies, and its alternative's, for the checks that compare the languages. */
    private static void remember(String folder, String name, LessonReader.Read en, LessonReader.Read fr,
                                 Problems problems) {
        problems.text(new BilingualText(folder + "/" + name + ".en.md", en.bodyLine(), en.text().markdown(),
                folder + "/" + name + ".fr.md", fr.bodyLine(), fr.text().markdown(), true));
        if (en.alternative() != null && fr.alternative() != null) {
            problems.text(new BilingualText(folder + "/" + en.text().alternativePath(), en.alternative().bodyLine(),
                    en.alternative().text().markdown(), folder + "/" + fr.text().alternativePath(),
                    fr.alternative().bodyLine(), fr.alternative().text().markdown(), true));
        }
    }

    private static CourseContent.LessonText withMinutes(CourseContent.LessonText text, int minutes, int altMinutes) {
        CourseContent.AlternativeText alt = text.alternative() == null ? null
                : new CourseContent.AlternativeText(text.alternative().title(), altMinutes, text.alternative().markdown());
        return new CourseContent.LessonText(text.title(), minutes, text.sensitive(), text.contentNote(),
                text.alternativePath(), text.markdown(), alt);
    }

    /** A lesson file that no module lists, or in a third language, would silently never reach a learner. */
    private static void reportUnlistedLessonFiles(String folder, List<String> names, CourseFolder files,
                                                  Problems problems) {
        for (String fileName : files.filesIn(folder)) {
            Matcher matcher = LESSON_FILE.matcher(fileName);
            if (!matcher.matches()) {
                continue;
            }
            String language = matcher.group(2);
            if (!CourseLanguages.isCode(language)) {
                problems.add(folder + "/" + fileName, 1, "unexpected language '" + language
                        + "' (en, fr, or another two-letter language code such as de)");
            } else if (!names.contains(matcher.group(1))) {
                problems.add(folder + "/" + fileName, 1, "lesson file is not listed in module.yaml");
            }
        }
    }
}
