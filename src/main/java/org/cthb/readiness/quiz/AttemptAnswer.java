package org.cthb.readiness.quiz;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The options a learner chose for one question of an attempt, saved as soon as they answer. */
@Entity
@Table(name = "attempt_answer")
public class AttemptAnswer extends PanacheEntityBase {

    /** Attempt and question. */
    @Embeddable
    public record Key(@Column(name = "attempt_id") Long attemptId, @Column(name = "question_id") String questionId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    /** Chosen option ids, comma-separated and sorted. */
    public String options;

    public Boolean correct;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public List<String> optionIds() {
        return options.isEmpty() ? List.of() : Arrays.asList(options.split(","));
    }

    static Map<String, AttemptAnswer> byQuestion(long attemptId) {
        return AttemptAnswer.<AttemptAnswer>list("key.attemptId", attemptId).stream()
                .collect(Collectors.toMap(a -> a.key.questionId(), a -> a));
    }
}
