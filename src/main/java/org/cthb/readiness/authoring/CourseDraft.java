package org.cthb.readiness.authoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** The one open draft of a course: its content as canonical JSON and the revision that guards every save. */
@Entity
@Table(name = "course_draft")
public class CourseDraft extends PanacheEntityBase {

    @Id
    @Column(name = "course_id")
    public String courseId;

    @Column(name = "base_version")
    public int baseVersion;

    public String content;

    public int revision;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<CourseDraft> of(String courseId) {
        return findByIdOptional(courseId);
    }

    /**
     * Saves new content only if nobody saved since {@code expectedRevision}: one conditional update, so two
     * authors racing cannot both win.
     */
    public static boolean saveIfCurrent(String courseId, int expectedRevision, String content, String by) {
        return update("content = ?1, revision = revision + 1, updatedBy = ?2, updatedAt = ?3"
                + " where courseId = ?4 and revision = ?5", content, by, Instant.now(), courseId, expectedRevision) == 1;
    }
}
