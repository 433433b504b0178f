package org.cthb.readiness.database;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

/**
 * Tells a transaction that lost to a concurrent one (a deadlock, a lock wait that timed out, or on Galera a
 * certification conflict, which MariaDB reports as a deadlock) apart from other failures. The database rolled it
 * back whole, so running it again is safe: the request answers "try again" (503), and a roster batch is retried.
 */
public final class TransactionConflict {

    /** SQL state class 40: transaction rollback (MariaDB's deadlock is 40001). */
    private static final String ROLLBACK_STATE_CLASS = "40";
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private TransactionConflict() {
    }

    /** Reads the whole cause chain: Hibernate and the transaction manager wrap the driver's error differently. */
    public static boolean isConflict(Throwable error) {
        return Causes.anyMatch(error, t -> t instanceof SQLTransactionRollbackException
                || t instanceof SQLException sql && isConflict(sql));
    }

    private static boolean isConflict(SQLException sql) {
        String state = sql.getSQLState();
        return sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT
                || state != null && state.startsWith(ROLLBACK_STATE_CLASS);
    }
}
