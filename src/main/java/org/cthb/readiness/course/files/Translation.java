package org.cthb.readiness.course.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * How complete a course is in one language: of its texts (titles, summaries, questions, options, feedback) and its
 * lessons, how many the authors wrote in it. What is missing is shown in English (the per-string fallback); the
 * lessons still to translate are named for the translators.
 *
 * @param missingLessons the lessons without a file in this language, as {@code module-folder/lesson}
 */
public record Translation(String language, int texts, int textsTotal, int lessons, int lessonsTotal,
                          int percent, List<String> missingLessons) {

    static Map<String, Translation> of(CourseContent content) {
        List<Text> texts = texts(content).toList();
        List<String[]> lessonNames = new ArrayList<>();
        List<CourseContent.LessonContent> lessons = new ArrayList<>();
        for (CourseContent.ModuleContent module : content.modules()) {
            for (CourseContent.LessonContent lesson : module.lessons()) {
                lessons.add(lesson);
                lessonNames.add(new String[]{module.folder(), lesson.name()});
            }
        }
        TreeSet<String> languages = new TreeSet<>(List.of("en", "fr"));
        texts.forEach(t -> languages.addAll(t.others().keySet()));
        lessons.forEach(l -> languages.addAll(l.others().keySet()));
        Map<String, Translation> result = new TreeMap<>();
        for (String language : languages) {
            int textsIn = (int) texts.stream().filter(t -> t.has(language)).count();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < lessons.size(); i++) {
                if (!has(lessons.get(i), language)) {
                    missing.add(lessonNames.get(i)[0] + "/" + lessonNames.get(i)[1]);
                }
            }
            int lessonsIn = lessons.size() - missing.size();
            int total = texts.size() + lessons.size();
            int percent = total == 0 ? 100 : (int) Math.floor(100.0 * (textsIn + lessonsIn) / total);
            result.put(language, new Translation(language, textsIn, texts.size(), lessonsIn, lessons.size(), percent,
                    List.copyOf(missing)));
        }
        return result;
    }

    /** "de: 40 % (12/30 texts, 2/10 lessons)", as the course validator prints it. */
    public String summary() {
        return language + ": " + percent + " % (" + texts + "/" + textsTotal + " texts, " + lessons + "/"
                + lessonsTotal + " lessons)";
    }

    private static boolean has(CourseContent.LessonContent lesson, String language) {
        return "en".equals(language) || "fr".equals(language) || lesson.others().containsKey(language);
    }

    private static Stream<Text> texts(CourseContent content) {
        Stream<Text> course = Stream.of(content.title(), content.description());
        Stream<Text> modules = content.modules().stream().flatMap(m -> Stream.concat(
                Stream.of(m.title(), m.summary()),
                m.quiz() == null ? Stream.empty() : m.quiz().questions().stream().flatMap(q -> Stream.concat(
                        Stream.of(q.scenario(), q.text(), q.contentNote(), q.teachingPoint()),
                        q.options().stream().flatMap(o -> Stream.of(o.text(), o.feedback()))))));
        return Stream.concat(course, modules).filter(Objects::nonNull);
    }
}
