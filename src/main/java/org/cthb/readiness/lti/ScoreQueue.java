package org.cthb.readiness.lti;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.database.OutboxLeases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sender's side of the score outbox, in plain JDBC with auto-commit or a transaction of a few milliseconds, as
 * the xAPI outbox does ({@link org.cthb.readiness.xapi.XapiOutbox}): nothing here is held open while a platform is
 * being called, so a learner whose grading inserts a score never waits on a platform, and a platform that hangs
 * outlives no transaction (which would roll its back-off away and have the same rows tried at every tick).
 */
@ApplicationScoped
public class ScoreQueue {

    /** A claimed score, leased to this sender until it reports how the platform answered. */
    record Claimed(long id, String lineItem, String subject, int score, boolean passed, Instant scoredAt,
                   int attempts) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** The platforms with scores due now. */
    List<Long> platformsDue() {
        List<Long> platforms = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select distinct platform_id from lti_score_outbox where sent_at is null and next_attempt_at <= ?")) {
            q.setTimestamp(1, Timestamp.from(Instant.now()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    platforms.add(rs.getLong(1));
                }
            }
            return platforms;
        } catch (SQLException e) {
            throw new IllegalStateException("The score outbox could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Claims up to {@code batch} due scores of a platform: {@code FOR UPDATE SKIP LOCKED} under READ COMMITTED takes
     * record locks only (no gap locks, so learners' inserts never wait) and skips rows another instance is claiming;
     * the claim is a lease (the rows are not due again until {@code lease} has passed), committed at once.
     */
    List<Claimed> claim(long platformId, int batch, Duration lease) {
        return OutboxLeases.claim(dataSource, "select id, line_item, subject, score, passed, scored_at, attempts"
                        + " from lti_score_outbox where platform_id = ? and sent_at is null and next_attempt_at <= ?"
                        + " order by id limit ? for update skip locked", platformId, batch, lease, "lti_score_outbox",
                rs -> new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5),
                        rs.getTimestamp(6).toInstant(), rs.getInt(7)), Claimed::id, "The score outbox");
    }

    void delivered(long id) {
        update("update lti_score_outbox set sent_at = ?, last_error = null where id = ?",
                Timestamp.from(Instant.now()), id);
    }

    /**
     * The platform did not take this score: tried again after an exponential back-off (2, 4, 8... seconds, at most
     * {@code max}), counted from its attempts so far. Returns when.
     */
    Instant failed(Claimed row, String error, Duration max) {
        int attempts = row.attempts() + 1;
        long seconds = Math.min(1L << Math.min(attempts, 20), max.toSeconds());
        Instant next = Instant.now().plusSeconds(Math.max(1, seconds));
        update("update lti_score_outbox set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?",
                attempts, Timestamp.from(next), error.length() > 500 ? error.substring(0, 500) : error, row.id());
        return next;
    }

    /** Gives claimed rows that were not tried back to the queue, due at {@code at}. */
    void release(List<Claimed> rows, Instant at) {
        for (Claimed row : rows) {
            update("update lti_score_outbox set next_attempt_at = ? where id = ? and sent_at is null",
                    Timestamp.from(at), row.id());
        }
    }

    private void update(String sql, Object... parameters) {
        OutboxLeases.update(dataSource, "The score outbox", sql, parameters);
    }
}
