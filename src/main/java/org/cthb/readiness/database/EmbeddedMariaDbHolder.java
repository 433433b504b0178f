package org.cthb.readiness.database;

import org.jboss.logging.Logger;

/**
 * Keeps the one embedded server of this JVM. A dev-mode reload rebuilds the configuration in a fresh class
 * loader, where static fields start empty: the URL of the running server is therefore kept in a system
 * property, so that the reload reuses it instead of starting a second server on the same data.
 */
final class EmbeddedMariaDbHolder {

    private static final String RUNNING_URL = "cthb.embedded-db.running-url";
    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDbHolder.class);

    private EmbeddedMariaDbHolder() {
    }

    /** The URL of the server this JVM started, or null. */
    static String runningUrl() {
        return System.getProperty(RUNNING_URL);
    }

    static synchronized String startOnce(EmbeddedMariaDb.Settings settings) {
        String running = System.getProperty(RUNNING_URL);
        if (running != null) {
            return running;
        }
        EmbeddedMariaDb server;
        try {
            server = EmbeddedMariaDb.start(settings);
        } catch (EmbeddedDatabaseException e) {
            LOG.error(e.getMessage());
            throw e;
        }
        LOG.infof("Embedded MariaDB on port %d, data in %s", server.port(), settings.dataDir().toAbsolutePath());
        System.setProperty(RUNNING_URL, server.jdbcUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-mariadb-stop"));
        return server.jdbcUrl();
    }
}
