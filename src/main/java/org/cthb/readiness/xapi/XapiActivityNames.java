package org.cthb.readiness.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an activity path of {@link org.cthb.readiness.course.XapiActivities} stands for, read off the course version it
 * names: its names in English and French (the titles learners see, never raw ids), its ADL activity type, its parent
 * and the course and course version it belongs to.
 */
@ApplicationScoped
public class XapiActivityNames {

    static final String TYPES = "http://adlnet.gov/expapi/activities/";
    private static final Pattern PATH = Pattern.compile("course/([^/]+)/v(\\d+)"
            + "(?:/module/([^/]+)(?:/lesson/([^/]+)|/(quiz)(?:/question/([^/]+))?)?)?");
    private static final int MAX_NAME = 250;

    /** One activity: its path under the activity space, names and type. */
    public record Activity(String path, String en, String fr, String type) {
        /** A course in one language names the activity in that language in both maps: a display is never empty. */
        public Activity {
            en = en == null || en.isBlank() ? (fr == null || fr.isBlank() ? path : fr) : en;
            fr = fr == null || fr.isBlank() ? en : fr;
        }
    }

    /** An activity in its place: itself, its parent, its grouping (course, then course version). */
    public record Path(Activity self, Activity parent, List<Activity> grouping, String courseId, int versionNumber,
                       String moduleId, boolean quizRelated) {
    }

    @Inject
    CourseCatalog catalog;

    /** Describes a path; a path that names no known course version keeps {@code fallbackName} in both languages. */
    public Path describe(String path, String fallbackName) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return unknown(path, fallbackName);
        }
        String courseId = m.group(1);
        int number = Integer.parseInt(m.group(2));
        CourseContent content;
        try {
            content = catalog.version(courseId, number).content();
        } catch (RuntimeException e) {
            return unknown(path, fallbackName);
        }
        String versionPath = "course/" + courseId + "/v" + number;
        Text title = content.title();
        Activity course = new Activity("course/" + courseId, title.en(), title.fr(), TYPES + "course");
        Activity version = new Activity(versionPath, title.en() + " (version " + number + ")",
                title.fr() + " (version " + number + ")", TYPES + "course");
        String moduleId = m.group(3);
        if (moduleId == null) {
            return new Path(version, null, List.of(course), courseId, number, null, false);
        }
        Optional<CourseContent.ModuleContent> found = content.module(moduleId);
        Text moduleTitle = found.map(CourseContent.ModuleContent::title).orElse(new Text(moduleId, moduleId));
        Activity module = new Activity(versionPath + "/module/" + moduleId, moduleTitle.en(), moduleTitle.fr(),
                TYPES + "module");
        List<Activity> grouping = List.of(course, version);
        String lesson = m.group(4);
        if (lesson != null) {
            Activity self = found.flatMap(mod -> mod.lesson(lesson))
                    .map(l -> new Activity(path, l.en().title(), l.fr().title(), TYPES + "lesson"))
                    .orElse(new Activity(path, lesson, lesson, TYPES + "lesson"));
            return new Path(self, module, grouping, courseId, number, moduleId, false);
        }
        if (m.group(5) == null) {
            return new Path(module, version, List.of(course), courseId, number, moduleId, true);
        }
        Activity quiz = new Activity(versionPath + "/module/" + moduleId + "/quiz", "Quiz: " + moduleTitle.en(),
                "Quiz : " + moduleTitle.fr(), TYPES + "assessment");
        String questionId = m.group(6);
        if (questionId == null) {
            return new Path(quiz, module, grouping, courseId, number, moduleId, true);
        }
        Text text = found.flatMap(mod -> mod.quiz().question(questionId)).map(CourseContent.QuestionContent::text)
                .orElse(new Text(questionId, questionId));
        Activity question = new Activity(path, cut(text.en()), cut(text.fr()), TYPES + "cmi.interaction");
        List<Activity> all = new ArrayList<>(grouping);
        all.add(module);
        return new Path(question, quiz, all, courseId, number, moduleId, true);
    }

    private static Path unknown(String path, String fallbackName) {
        return new Path(new Activity(path, fallbackName, fallbackName, TYPES + "module"), null, List.of(), null, 0,
                null, false);
    }

    private static String cut(String text) {
        String plain = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return plain.length() <= MAX_NAME ? plain : plain.substring(0, MAX_NAME - 1) + "…";
    }
}
