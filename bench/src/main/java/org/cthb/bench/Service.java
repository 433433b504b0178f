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

/** The service under test, in prod mode on its embedded MariaDB, as its own process. */
final class Service {

    static final String ADMIN_EMAIL = "admin@bench.example";
    static final String ADMIN_PASSWORD = "bench-admin-password-1";
    /** Public look-ups per address and minute, raised from 30 so the driver (one address) measures the service. */
    static final String VERIFY_PER_MINUTE = "100000000";

    private final Options options;
    private final Path dataDir;
    private Process process;
    private long dbPid;

    Service(Options options) {
        this.options = options;
        this.dataDir = options.work.resolve("data");
    }

    /** Starts the service and waits for readiness; returns the milliseconds from process start to ready. */
    long start() throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!options.jvmOpts.isBlank()) {
            command.addAll(List.of(options.jvmOpts.trim().split("\\s+")));
        }
        command.addAll(List.of(
                "-Dquarkus.http.port=" + options.httpPort,
                "-Dcthb.embedded-db.port=" + options.dbPort,
                "-Dcthb.embedded-db.data-dir=" + dataDir.resolve("mariadb"),
                "-Dcthb.certificate.signing-key-file=" + dataDir.resolve("signing-key.json"),
                "-Dcthb.bootstrap.admin-email=" + ADMIN_EMAIL,
                "-Dcthb.bootstrap.admin-password=" + ADMIN_PASSWORD,
                "-Dcthb.certificate.verify-per-minute=" + VERIFY_PER_MINUTE,
                "-Dcthb.public-url=http://localhost:" + options.httpPort,
                // The roster import logs every batch, failed sign-ins each line: keep the console quiet.
                "-Dquarkus.log.level=WARN",
                "-jar", options.repo.resolve("target/quarkus-app/quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(options.repo.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(options.work.resolve("service.log").toFile()));
        builder.environment().put("CTHB_SESSION_KEY", "bench-only-session-key-0123456789abcdef-0123");
        long started = System.nanoTime();
        process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI ready = URI.create("http://localhost:" + options.httpPort + "/q/health/ready");
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service stopped during start-up; see " + options.work.resolve("service.log"));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() - started > TimeUnit.SECONDS.toNanos(180)) {
                throw new IllegalStateException("The service was not ready within 180 s");
            }
            Thread.sleep(50);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        dbPid = Proc.findByCommandLine("--port=" + options.dbPort + " ").orElse(-1L);
        return millis;
    }

    long pid() {
        return process.pid();
    }

    long dbPid() {
        return dbPid;
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + options.dbPort + "/cthb?user=root&password=";
    }

    /** CPU milliseconds used so far by the JVM and by mariadbd. */
    long[] cpu() {
        return new long[]{Proc.cpuMillis(pid()), Proc.cpuMillis(dbPid)};
    }

    /** Resident memory in MB: JVM, mariadbd. */
    long[] rssMb() {
        return new long[]{Proc.statusKb(pid(), "VmRSS") / 1024, Proc.statusKb(dbPid, "VmRSS") / 1024};
    }

    long[] peakRssMb() {
        return new long[]{Proc.statusKb(pid(), "VmHWM") / 1024, Proc.statusKb(dbPid, "VmHWM") / 1024};
    }

    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        // The embedded database stops with the service's shutdown hook; make sure before the next start.
        for (int i = 0; i < 100 && dbPid > 0 && Files.exists(Path.of("/proc/" + dbPid)); i++) {
            Thread.sleep(100);
        }
        process = null;
    }
}
