package org.cthb.readiness.course.files;

import java.util.List;

/**
 * The languages a course is written in: English and French always (NATO's official languages, which the validator
 * requires), and any other whose texts ({@code xx:} keys) or lesson files ({@code *.xx.md}) the authors add. The
 * service shows a language when it is also configured ({@code cthb.languages}); a course may carry one before.
 */
public final class CourseLanguages {

    public static final List<String> REQUIRED = List.of("en", "fr");

    private CourseLanguages() {
    }

    /**
     * A two-letter (ISO 639-1 style) code: the form the service stores as an account's language, and one that no
     * file name part such as {@code alt} can be mistaken for.
     */
    public static boolean isCode(String code) {
        return code != null && code.matches("[a-z]{2}");
    }
}
