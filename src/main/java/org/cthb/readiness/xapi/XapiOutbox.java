package org.cthb.readiness.xapi;

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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sender's side of the outbox table, in plain JDBC with auto-commit or a transaction of a few milliseconds:
 * nothing here is ever held open while an LRS is being called, so a learner saving an answer (which inserts into the
 * outbox) never waits on an LRS.
 */
@ApplicationScoped
public class XapiOutbox {

    /** A claimed statement, leased to this sender until it reports how the LRS answered. */
    public record Claimed(long id, String statementId, String statement, int rejections) {
    }

    /** Pending (neither sent nor dead) and dead statements of one nation. */
    public record NationStats(String nation, long pending, Instant oldestPending, long dead) {
        public long oldestAgeSeconds(Instant now) {
            return oldestPending == null ? 0 : Math.max(0, Duration.between(oldestPending, now).toSeconds());
        }
    }

    /** A nation's LRS as the sender last found it. */
    public record LrsState(String nation, int failures, Instant nextAttemptAt, String lastError,
                           Instant lastSuccessAt) {
    }

    @Inject
    AgroalDataSource dataSource;

    /**
     * Claims up to {@code batch} due statements of a nation: {@code FOR UPDATE SKIP LOCKED} under READ COMMITTED takes
     * record locks only (no gap locks, so learners' inserts never wait) and skips rows another instance is claiming;
     * the claim is a lease (the rows are not due again until {@code lease} has passed), committed at once.
     */
    List<Claimed> claim(String nation, int batch, Duration lease) {
        return OutboxLeases.claim(dataSource, "select id, statement_id, statement, rejections from xapi_outbox"
                        + " where nation_iso3 = ? and sent_at is null and dead_at is null and next_attempt_at <= ?"
                        + " order by id limit ? for update skip locked", nation, batch, lease, "xapi_outbox",
                rs -> new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)), Claimed::id,
                "The xAPI outbox");
    }

    void delivered(long id) {
        update("update xapi_outbox set sent_at = ?, last_error = null, last_status = null, last_response = null"
                + " where id = ?", Timestamp.from(Instant.now()), id);
    }

    /**
     * The LRS refused this statement (a 4xx that concerns it): tried again after {@code retryIn}, or a dead letter
     * once it has been refused {@code deadAfter} times.
     */
    void rejected(long id, int status, String response, int deadAfter, Duration retryIn) {
        Instant now = Instant.now();
        // dead_at first: MariaDB assigns left to right, each seeing the ones before.
        update("update xapi_outbox set dead_at = case when rejections + 1 >= ? then ? else null end,"
                        + " attempts = attempts + 1, rejections = rejections + 1, last_status = ?,"
                        + " last_response = ?, last_error = ?, next_attempt_at = ? where id = ?",
                deadAfter, Timestamp.from(now), status, cut(response, 2000), "LRS refused the statement: " + status,
                Timestamp.from(now.plus(retryIn)), id);
    }

    /** The LRS failed (down, slow, refusing everyone): the row is due again when the nation's back-off ends. */
    void failed(long id, Integer status, String error, Instant retryAt) {
        update("update xapi_outbox set attempts = attempts + 1, last_status = ?, last_error = ?, next_attempt_at = ?"
                + " where id = ?", status, cut(error, 500), Timestamp.from(retryAt), id);
    }

    /** Gives claimed rows that were not tried back to the queue, due at {@code at}. */
    void release(List<Long> ids, Instant at) {
        for (long id : ids) {
            update("update xapi_outbox set next_attempt_at = ? where id = ? and sent_at is null", Timestamp.from(at),
                    id);
        }
    }

    /** Whether the nation's back-off lets the sender call its LRS now. */
    boolean due(String nation) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select next_attempt_at from xapi_lrs_state where nation_iso3 = ?")) {
            q.setString(1, nation);
            try (ResultSet rs = q.executeQuery()) {
                return !rs.next() || !rs.getTimestamp(1).toInstant().isAfter(Instant.now());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The LRS back-off could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Records a failure of the nation's LRS and returns when to call it next: {@code base} doubled per consecutive
     * failure, at most {@code max}. Kept in the database so that every instance and a restart keep to it.
     */
    Instant lrsFailed(String nation, String error, Duration base, Duration max) {
        Instant now = Instant.now();
        int failures = 1 + state(nation).map(LrsState::failures).orElse(0);
        long seconds = Math.min(base.toSeconds() << Math.min(failures - 1, 20), max.toSeconds());
        Instant next = now.plusSeconds(Math.max(1, seconds));
        update("insert into xapi_lrs_state (nation_iso3, failures, next_attempt_at, last_error) values (?, ?, ?, ?)"
                        + " on duplicate key update failures = values(failures), next_attempt_at ="
                        + " values(next_attempt_at), last_error = values(last_error)",
                nation, failures, Timestamp.from(next), cut(error, 500));
        return next;
    }

    void lrsAnswered(String nation) {
        update("insert into xapi_lrs_state (nation_iso3, failures, next_attempt_at, last_error, last_success_at)"
                + " values (?, 0, ?, null, ?) on duplicate key update failures = 0, next_attempt_at ="
                + " values(next_attempt_at), last_error = null, last_success_at = values(last_success_at)",
                nation, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
    }

    public java.util.Optional<LrsState> state(String nation) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select failures, next_attempt_at, last_error, last_success_at from xapi_lrs_state"
                        + " where nation_iso3 = ?")) {
            q.setString(1, nation);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return java.util.Optional.empty();
                }
                return java.util.Optional.of(new LrsState(nation, rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), instant(rs.getTimestamp(4))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The LRS state could not be read: " + e.getMessage(), e);
        }
    }

    /** Pending and dead statements per nation, for the metrics and the administrator's page. */
    public Map<String, NationStats> stats() {
        Map<String, NationStats> stats = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select nation_iso3, sum(dead_at is null), min(case when dead_at is null then created_at end),"
                        + " sum(dead_at is not null) from xapi_outbox where sent_at is null group by nation_iso3");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                stats.put(rs.getString(1), new NationStats(rs.getString(1), rs.getLong(2),
                        instant(rs.getTimestamp(3)), rs.getLong(4)));
            }
            return stats;
        } catch (SQLException e) {
            throw new IllegalStateException("The xAPI outbox could not be counted: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... parameters) {
        OutboxLeases.update(dataSource, "The xAPI outbox", sql, parameters);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
