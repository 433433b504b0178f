package org.cthb.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the service (the packaged jar, production profile) on the Galera cluster, as docker/compose.yaml
 * runs app1 and app2: the cluster's sequential JDBC URL, the session key, signing key and pseudonym key shared by
 * both, a data folder of its own.
 */
final class GaleraInstance {

    static final String SESSION_KEY = "galera-drill-session-key-0123456789abcdef";

    final String name;
    final int port;
    private final Path repo;
    private final Path work;
    private final String jdbcUrl;
    private Process process;

    GaleraInstance(String name, int port, Path repo, Path work, String jdbcUrl) {
        this.name = name;
        this.port = port;
        this.repo = repo;
        this.work = work;
        this.jdbcUrl = jdbcUrl;
    }

    /** Starts and waits for readiness; returns the milliseconds it took. */
    long start() throws IOException, InterruptedException {
        Path dir = work.resolve(name);
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                "-Dquarkus.datasource.username=cthb",
                "-Dquarkus.datasource.password=drill-db-password",
                "-Dcthb.certificate.signing-key-file=" + work.resolve("signing-key.json"),
                "-Dcthb.pseudonym.key-file=" + work.resolve("pseudonym-key"),
                "-Dcthb.bootstrap.admin-email=" + Service.ADMIN_EMAIL,
                "-Dcthb.bootstrap.admin-password=" + Service.ADMIN_PASSWORD,
                "-Dcthb.public-url=http://localhost:" + port,
                "-Dcthb.courses-dir=" + repo.resolve("courses"),
                "-Dquarkus.log.level=WARN",
                "-jar", repo.resolve("target/quarkus-app/quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(name + ".log").toFile()));
        builder.environment().put("CTHB_SESSION_KEY", SESSION_KEY);
        long started = System.nanoTime();
        process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI ready = URI.create("http://localhost:" + port + "/q/health/ready");
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up; see " + work.resolve(name + ".log"));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() - started > TimeUnit.SECONDS.toNanos(300)) {
                throw new IllegalStateException(name + " was not ready within 300 s");
            }
            Thread.sleep(100);
        }
    }

    /** SIGKILL, as a crashed container or host. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            process = null;
        }
    }

    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            process = null;
        }
    }

    boolean up() {
        return process != null && process.isAlive();
    }
}
