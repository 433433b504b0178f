package org.cthb.readiness.course;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** The version of a course a learner follows. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends PanacheEntityBase {

    /** Learner and course. */
    @Embeddable
    public record Key(@Column(name = "account_id") Long accountId, @Column(name = "course_id") String courseId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "version_id")
    public Long versionId;

    @Column(name = "started_at")
    public Instant startedAt;
}
