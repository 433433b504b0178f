package org.cthb.readiness.fault;

import org.cthb.readiness.database.EmbeddedMariaDbResource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Counts rows straight from the test database, past the service and its connection pool. */
final class Rows {

    private Rows() {
    }

    static long count(String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection(EmbeddedMariaDbResource.url(), "root", "");
             PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(EmbeddedMariaDbResource.url(), "root", "");
             var s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
