package org.cthb.readiness.learning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/** A lesson a learner has finished, by reading it or its non-graphic alternative. */
@Entity
@Table(name = "lesson_progress")
public class LessonProgress extends PanacheEntityBase {

    /** Learner, version, module and lesson. */
    @Embeddable
    public record Key(@Column(name = "account_id") Long accountId, @Column(name = "version_id") Long versionId,
                      @Column(name = "module_id") String moduleId, @Column(name = "lesson") String lesson)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "via_alternative")
    public boolean viaAlternative;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** "module/lesson" of every lesson done in a version. */
    static Set<String> doneIn(long accountId, long versionId) {
        return LessonProgress.<LessonProgress>list("key.accountId = ?1 and key.versionId = ?2", accountId, versionId)
                .stream().map(p -> p.key.moduleId() + "/" + p.key.lesson()).collect(Collectors.toSet());
    }
}
