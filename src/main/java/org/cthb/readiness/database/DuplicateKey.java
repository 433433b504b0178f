package org.cthb.readiness.database;

import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Tells a write that lost to a concurrent one on a unique key (two requests claiming the same row at once) apart
 * from other failures, so that the loser can read what the winner wrote.
 */
public final class DuplicateKey {

    private DuplicateKey() {
    }

    public static boolean isDuplicate(Throwable error) {
        return Causes.anyMatch(error, t -> t instanceof SQLIntegrityConstraintViolationException
                || t instanceof org.hibernate.exception.ConstraintViolationException);
    }
}
