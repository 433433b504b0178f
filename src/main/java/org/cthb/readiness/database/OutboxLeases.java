package org.cthb.readiness.database;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The claim of an outbox's due rows by a sender (xAPI statements, LTI scores). {@code FOR UPDATE SKIP LOCKED} under
 * READ COMMITTED takes record locks only (no gap locks, so learners' inserts never wait) and skips rows another
 * instance is claiming; the claim is a lease (the rows are not due again until it has passed), committed at once,
 * so that no transaction stays open while the peer is called.
 */
public final class OutboxLeases {

    /** Reads one claimed row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private OutboxLeases() {
    }

    /**
     * Claims the rows {@code select} returns and leases them for {@code lease}.
     *
     * @param select a select of due rows with three parameters, the sender's scope (nation, platform...), now and the
     *               batch size, ending in {@code limit ? for update skip locked}
     * @param table  the outbox table, whose {@code next_attempt_at} holds the lease
     * @param what   the outbox in words, for the error
     */
    public static <T> List<T> claim(DataSource dataSource, String select, Object scope, int batch, Duration lease,
                                    String table, RowReader<T> reader, ToLongFunction<T> id, String what) {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            int isolation = c.getTransactionIsolation();
            boolean autoCommit = c.getAutoCommit();
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            c.setAutoCommit(false);
            try {
                List<T> claimed = new ArrayList<>();
                try (PreparedStatement q = c.prepareStatement(select)) {
                    q.setObject(1, scope);
                    q.setTimestamp(2, Timestamp.from(now));
                    q.setInt(3, batch);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            claimed.add(reader.read(rs));
                        }
                    }
                }
                if (!claimed.isEmpty()) {
                    try (PreparedStatement u = c.prepareStatement(
                            "update " + table + " set next_attempt_at = ? where id = ?")) {
                        for (T row : claimed) {
                            u.setTimestamp(1, Timestamp.from(now.plus(lease)));
                            u.setLong(2, id.applyAsLong(row));
                            u.addBatch();
                        }
                        u.executeBatch();
                    }
                }
                c.commit();
                return claimed;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
                c.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + " could not be claimed: " + e.getMessage(), e);
        }
    }

    /** One update of an outbox row (delivered, backed off, dead), in a transaction of its own. */
    public static void update(DataSource dataSource, String what, String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement u = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                u.setObject(i + 1, parameters[i]);
            }
            u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(what + " could not be updated: " + e.getMessage(), e);
        }
    }
}
