package org.cthb.readiness.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.error.InvalidInput;

/** Compares two versions of a course, or a version and the draft, for the page and the API alike. */
@ApplicationScoped
public class ContentComparisons {

    @Inject
    DraftService drafts;
    @Inject
    CourseCatalog catalog;

    public Comparison compare(String courseId, String from, String to) {
        CourseContent a = contentOf(courseId, "from", from);
        CourseContent b = contentOf(courseId, "to", to);
        if ("draft".equals(from) || "draft".equals(to)) {
            // A draft never holds the national modules merged from overlays (the import carries them over).
            a = a.withoutNationalModules();
            b = b.withoutNationalModules();
        }
        return ContentComparer.compare(courseId, from, to, a, b);
    }

    /** A version's content, or the draft's when the version is "draft". */
    private CourseContent contentOf(String courseId, String field, String version) {
        if (version == null || version.isBlank()) {
            throw new InvalidInput(field, "name the version to compare (a number or 'draft') as '" + field + "'");
        }
        if ("draft".equals(version)) {
            return drafts.draft(courseId).content();
        }
        try {
            return catalog.version(courseId, Integer.parseInt(version.strip())).content();
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, field + " must be a version number or 'draft', not '" + version + "'");
        }
    }
}
