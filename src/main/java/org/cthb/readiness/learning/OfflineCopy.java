package org.cthb.readiness.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a course version a phone may keep for reading offline: its lesson pages (with their alternatives) and the
 * course images they show. The version is immutable once published, so the copy is named and kept by version.
 */
public record OfflineCopy(String courseId, int version, String courseTitle, List<Lesson> lessons,
                          List<String> images) {

    /** A lesson: its module, its title, and every page of it kept (as linked, full text, alternative). */
    public record Lesson(String moduleTitle, String title, List<String> pages, boolean hasAlternative) {
    }

    /** The sanitiser leaves only the course's own images, always written {@code src="/course-assets/..."}. */
    private static final Pattern IMAGE = Pattern.compile("<img[^>]*\\ssrc=\"(" + LessonRenderer.ASSETS
            + "[^\"]+)\"");

    /** Every page of every lesson, in course order. */
    public List<String> pages() {
        List<String> pages = new ArrayList<>();
        lessons.forEach(l -> pages.addAll(l.pages()));
        return pages;
    }

    static List<String> images(String html) {
        List<String> found = new ArrayList<>();
        if (html == null) {
            return found;
        }
        Matcher matcher = IMAGE.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1).replace("&amp;", "&"));
        }
        return found;
    }
}
