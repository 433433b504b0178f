package org.cthb.readiness.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cthb.readiness.course.files.ContentHash;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.error.NotFound;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads published courses and their versions; parsed content is cached forever, since versions never change. */
@ApplicationScoped
public class CourseCatalog {

    /** A course as listed: its current version and languages. */
    public record CourseSummary(String id, String titleEn, String titleFr, int currentVersion, List<String> languages) {
    }

    /** One version in a course's history. */
    public record VersionSummary(int version, String contentHash, Instant importedAt, String importedBy,
                                 boolean current) {
    }

    /** A version's identity and its content. */
    public record Version(long id, String courseId, int number, String contentHash, CourseContent content) {
    }

    private final Map<Long, Version> byId = new ConcurrentHashMap<>();
    /** A version's id by course and number: a published number always names the same immutable row. */
    private final Map<String, Long> idByNumber = new ConcurrentHashMap<>();

    @Transactional
    public List<CourseSummary> published() {
        return Course.<Course>listAll().stream().filter(c -> c.currentVersionId != null)
                .map(c -> {
                    CourseVersion v = CourseVersion.findById(c.currentVersionId);
                    return new CourseSummary(c.id, v.titleEn, v.titleFr, v.versionNo, List.of("en", "fr"));
                }).toList();
    }

    @Transactional
    public List<VersionSummary> history(String courseId) {
        Course course = requireCourse(courseId);
        return CourseVersion.history(courseId).stream()
                .map(v -> new VersionSummary(v.versionNo, v.contentHash, v.importedAt, v.importedBy,
                        v.id.equals(course.currentVersionId)))
                .toList();
    }

    @Transactional
    public Version version(String courseId, int number) {
        // Once known, no query at all; the first time, the id alone: the row's content (the whole course) is parsed
        // once in versionById, never fetched again for a lookup by number. Unknown numbers are not remembered.
        Long id = idByNumber.get(courseId + "/" + number);
        if (id == null) {
            id = CourseVersion.getEntityManager().createQuery(
                            "select v.id from CourseVersion v where v.courseId = ?1 and v.versionNo = ?2", Long.class)
                    .setParameter(1, courseId).setParameter(2, number).getResultStream().findFirst()
                    .orElseThrow(() -> new NotFound("Course " + courseId + " has no version " + number));
            idByNumber.put(courseId + "/" + number, id);
        }
        return versionById(id);
    }

    @Transactional
    public Version current(String courseId) {
        Course course = requireCourse(courseId);
        if (course.currentVersionId == null) {
            throw new NotFound("Course " + courseId + " has no published version");
        }
        return versionById(course.currentVersionId);
    }

    @Transactional
    public Version versionById(long versionId) {
        return byId.computeIfAbsent(versionId, id -> {
            CourseVersion row = CourseVersion.findById(id);
            if (row == null) {
                throw new NotFound("No course version " + id);
            }
            return new Version(row.id, row.courseId, row.versionNo, row.contentHash, ContentHash.parse(row.content));
        });
    }

    private static Course requireCourse(String courseId) {
        return Course.<Course>findByIdOptional(courseId).orElseThrow(() -> new NotFound("No course " + courseId));
    }
}
