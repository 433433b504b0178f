package org.cthb.readiness.course;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A course, known by its id; its content lives in immutable versions. */
@Entity
@Table(name = "course")
public class Course extends PanacheEntityBase {

    @Id
    public String id;

    /** The version new learners get. */
    @Column(name = "current_version_id")
    public Long currentVersionId;
}
