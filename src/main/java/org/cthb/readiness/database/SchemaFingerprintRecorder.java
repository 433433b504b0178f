package org.cthb.readiness.database;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * After a start on which Liquibase ran (and succeeded: the start stops otherwise), tags the database with the
 * fingerprint of the change files, so that the next start with the same files skips the migration check
 * ({@link SchemaFingerprint}). Runs before every other start-up observer; a failure only costs the next start
 * its shortcut.
 */
@ApplicationScoped
public class SchemaFingerprintRecorder {

    private static final Logger LOG = Logger.getLogger(SchemaFingerprintRecorder.class);

    @Inject
    DataSource dataSource;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        Config config = ConfigProvider.getConfig();
        boolean migrated = config.getOptionalValue(SchemaCheck.MIGRATE_AT_START, Boolean.class).orElse(false);
        if (!migrated) {
            return;
        }
        SchemaCheck.Values values = key -> config.getOptionalValue(key, String.class).orElse(null);
        SchemaCheck.fingerprint(values).ifPresent(fingerprint -> {
            try (Connection c = dataSource.getConnection()) {
                if (SchemaFingerprint.record(c, fingerprint, SchemaCheck.changeLogTable(values))) {
                    LOG.debugf("Schema fingerprint %s recorded", fingerprint);
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("Schema fingerprint not recorded (the next start runs Liquibase's check again): %s",
                        e.getMessage());
            }
        });
    }
}
