package org.cthb.readiness.quiz;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.cthb.readiness.error.Conflict;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** One attempt at a module's quiz: the questions drawn for it and, once submitted, its score. */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    @Column(name = "version_id")
    public long versionId;

    @Column(name = "module_id")
    public String moduleId;

    @Column(name = "attempt_no")
    public int attemptNo;

    @Column(name = "pass_mark")
    public int passMark;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    public Integer score;

    public Boolean passed;

    /** Drawn question ids, comma-separated, in the order shown. */
    public String questions;

    /**
     * The order each question's options were shown in, as JSON {questionId: [optionId, ...]}; drawn once when the
     * attempt is drawn. Null for attempts from before options were shuffled, which show the file order.
     */
    @Column(name = "option_order")
    public String optionOrder;

    public List<String> questionIds() {
        return Arrays.asList(questions.split(","));
    }

    public boolean isOpen() {
        return submittedAt == null;
    }

    /** Refuses any change once submitted: a submitted attempt is a record, not a draft. */
    void requireOpen() {
        if (!isOpen()) {
            throw new Conflict("This attempt was submitted on " + submittedAt + " and can no longer change");
        }
    }

    void grade(int score) {
        requireOpen();
        this.score = score;
        this.passed = score >= passMark;
        this.submittedAt = Instant.now();
    }

    static List<QuizAttempt> of(long accountId, long versionId, String moduleId) {
        return list("accountId = ?1 and versionId = ?2 and moduleId = ?3 order by attemptNo", accountId, versionId,
                moduleId);
    }

    /** Locks the attempt row, so that two submits in parallel grade it once. */
    static Optional<QuizAttempt> lockedById(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
