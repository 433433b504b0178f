package org.cthb.readiness.course;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One published, immutable version of a course. */
@Entity
@Immutable
@Table(name = "course_version")
public class CourseVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "course_id")
    public String courseId;

    @Column(name = "version_no")
    public int versionNo;

    @Column(name = "content_hash")
    public String contentHash;

    public String content;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "title_fr")
    public String titleFr;

    @Column(name = "imported_at")
    public Instant importedAt;

    @Column(name = "imported_by")
    public String importedBy;

    public static Optional<CourseVersion> of(String courseId, int versionNo) {
        return find("courseId = ?1 and versionNo = ?2", courseId, versionNo).firstResultOptional();
    }

    public static List<CourseVersion> history(String courseId) {
        return list("courseId = ?1 order by versionNo desc", courseId);
    }

    public static int lastNumber(String courseId) {
        Integer last = getEntityManager()
                .createQuery("select max(v.versionNo) from CourseVersion v where v.courseId = ?1", Integer.class)
                .setParameter(1, courseId).getSingleResult();
        return last == null ? 0 : last;
    }
}
