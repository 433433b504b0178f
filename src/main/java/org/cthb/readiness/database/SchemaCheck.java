package org.cthb.readiness.database;

import io.smallrye.config.ConfigSourceContext;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.cthb.readiness.database.EmbeddedMariaDbConfigSourceFactory.valueOr;

/**
 * Decides, while the configuration is built (before Liquibase runs), whether this start may skip Liquibase because
 * the database already holds every change set of these very files ({@link SchemaFingerprint}); and, after a start
 * that did migrate, is what {@link SchemaFingerprintRecorder} uses to remember it.
 */
final class SchemaCheck {

    static final String SOURCE = "cthb-schema-check";
    static final String MIGRATE_AT_START = "quarkus.liquibase.migrate-at-start";
    private static final Logger LOG = Logger.getLogger(SchemaCheck.class);

    private SchemaCheck() {
    }

    /** {@code quarkus.liquibase.migrate-at-start=false} when the schema is up to date; empty otherwise. */
    static Optional<Map<String, String>> skipMigrationIfUpToDate(ConfigSourceContext context, String url,
                                                               String user, String password) {
        if (!Boolean.parseBoolean(valueOr(context, MIGRATE_AT_START, "false"))
                || Boolean.parseBoolean(valueOr(context, "quarkus.liquibase.clean-at-start", "false"))) {
            return Optional.empty();
        }
        Values values = key -> valueOr(context, key, null);
        Optional<String> fingerprint = fingerprint(values);
        String changeLogTable = changeLogTable(values);
        String lockTable = valueOr(context, "quarkus.liquibase.database-change-log-lock-table-name",
                "DATABASECHANGELOGLOCK");
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            if (SchemaFingerprint.upToDate(c, fingerprint.get(), changeLogTable, lockTable)) {
                LOG.infof("Database schema up to date (change log fingerprint %s): no migration to run",
                        fingerprint.get());
                return Optional.of(Map.of(MIGRATE_AT_START, "false"));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("Schema fingerprint not checked (%s): Liquibase decides", e.getMessage());
        }
        return Optional.empty();
    }

    /** Reads configuration values, from a source context at configuration time or from the config later. */
    interface Values {
        /** The value, or null when unset. */
        String get(String key);
    }

    static Optional<String> fingerprint(Values values) {
        String changeLog = value(values, "quarkus.liquibase.change-log", "db/changeLog.xml");
        // Everything that chooses which change sets run or where they are recorded.
        List<String> settings = List.of(changeLog,
                value(values, "quarkus.liquibase.contexts", ""),
                value(values, "quarkus.liquibase.labels", ""),
                value(values, "quarkus.liquibase.default-schema-name", ""),
                value(values, "quarkus.liquibase.liquibase-schema-name", ""),
                changeLogTable(values),
                liquibaseVersion());
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return SchemaFingerprint.of(loader == null ? SchemaCheck.class.getClassLoader() : loader, changeLog, settings);
    }

    static String changeLogTable(Values values) {
        return value(values, "quarkus.liquibase.database-change-log-table-name", "DATABASECHANGELOG");
    }

    /** A new Liquibase may check files differently: its version is part of the fingerprint. */
    private static String liquibaseVersion() {
        Package p = liquibase.Liquibase.class.getPackage();
        return p == null || p.getImplementationVersion() == null ? "?" : p.getImplementationVersion();
    }

    private static String value(Values values, String key, String fallback) {
        String v = values.get(key);
        return v != null && !v.isBlank() ? v.trim() : fallback;
    }
}
