package org.cthb.readiness.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class AuditAppendOnlyTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theServiceOwnDatabaseAccountCannotChangeOrDeleteAuditRows() throws Exception {
        TestAccounts.admin();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select count(*) from audit_event where action = 'ACCOUNT_CREATED'");
            rs.next();
            long before = rs.getLong(1);
            assertThat(before).isPositive();
            assertThatThrownBy(() -> s.executeUpdate("update audit_event set actor = 'someone else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            rs = s.executeQuery("select count(*) from audit_event where action = 'ACCOUNT_CREATED'");
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(before);
        }
    }
}
