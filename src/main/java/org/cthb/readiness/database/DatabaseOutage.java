package org.cthb.readiness.database;

import org.hibernate.exception.JDBCConnectionException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a lost or unreachable database apart from every other failure, so that a request that meets a database
 * restart answers "try again in a moment" (503) rather than "the service is broken" (500). Hibernate, the
 * transaction manager and the pool each wrap the driver's error differently: the whole cause chain is read.
 */
public final class DatabaseOutage {

    /** SQL states of class 08 mean "connection exception" in every SQL dialect; 08S01 is MariaDB's link failure. */
    private static final String CONNECTION_STATE_CLASS = "08";
    /**
     * Agroal's words when no connection could be had in time, or when a pooled connection died before it could join
     * the transaction (the pool logs the cause and throws without it). They carry no SQL state. This service has a
     * single datasource, so a failed enlistment cannot mean two datasources in one transaction.
     */
    private static final String[] POOL_MESSAGES = {"acquisition timeout", "Exception while creating new connection",
        "Exception in association of connection to existing transaction"};

    private DatabaseOutage() {
    }

    /** Reads causes and suppressed exceptions alike: the pool hides a dead connection behind a failed enlistment. */
    public static boolean isOutage(Throwable error) {
        return Causes.anyMatch(error, DatabaseOutage::isConnectionFailure);
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectException || t instanceof NoRouteToHostException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state != null && state.startsWith(CONNECTION_STATE_CLASS) || fromPool(sql.getMessage());
        }
        return t instanceof JDBCConnectionException;
    }

    private static boolean fromPool(String message) {
        if (message == null) {
            return false;
        }
        for (String words : POOL_MESSAGES) {
            if (message.contains(words)) {
                return true;
            }
        }
        return false;
    }
}
