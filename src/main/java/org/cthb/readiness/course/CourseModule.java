package org.cthb.readiness.course;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;

/** A module of a version, as a row, so that standards and readiness can join on it. */
@Entity
@Immutable
@Table(name = "course_module")
public class CourseModule extends PanacheEntityBase {

    /** Version and module id together. */
    @Embeddable
    public record Key(@Column(name = "version_id") Long versionId, @Column(name = "module_id") String moduleId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public int position;

    /** Comma-separated deployment roles that must take the module. */
    public String roles;

    @Column(name = "pass_mark")
    public int passMark;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "title_fr")
    public String titleFr;

    /** The nation whose overlay brought the module; null for the course's own. */
    @Column(name = "nation_iso3")
    public String nation;
}
