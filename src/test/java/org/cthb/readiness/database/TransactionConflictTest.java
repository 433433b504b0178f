package org.cthb.readiness.database;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;

import static org.assertj.core.api.Assertions.assertThat;

class TransactionConflictTest {

    @Test
    void aDeadlockOrALockWaitTimeoutIsAConflictHoweverItIsWrapped() {
        SQLException deadlock = new SQLException("Deadlock found when trying to get lock", "40001", 1213);
        SQLException lockWait = new SQLException("Lock wait timeout exceeded", "HY000", 1205);
        assertThat(TransactionConflict.isConflict(deadlock)).isTrue();
        assertThat(TransactionConflict.isConflict(lockWait)).isTrue();
        assertThat(TransactionConflict.isConflict(new SQLTransactionRollbackException("rolled back"))).isTrue();
        assertThat(TransactionConflict.isConflict(new PersistenceException("could not execute statement",
                new RuntimeException("flush failed", deadlock)))).isTrue();
        RuntimeException suppressing = new IllegalStateException("commit failed");
        suppressing.addSuppressed(lockWait);
        assertThat(TransactionConflict.isConflict(suppressing)).isTrue();
    }

    @Test
    void otherFailuresAreNotConflicts() {
        assertThat(TransactionConflict.isConflict(new SQLIntegrityConstraintViolationException(
                "Duplicate entry", "23000", 1062))).isFalse();
        assertThat(TransactionConflict.isConflict(new SQLNonTransientConnectionException(
                "Connection refused", "08000"))).isFalse();
        assertThat(TransactionConflict.isConflict(new SQLException("simulated write failure", "45000", 1644)))
                .isFalse();
        assertThat(TransactionConflict.isConflict(new IllegalStateException("no cause"))).isFalse();
    }
}
