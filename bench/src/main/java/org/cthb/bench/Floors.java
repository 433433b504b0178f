package org.cthb.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the hardware allows, measured in the same run with the same client and concurrency as the scenarios, so
 * that each scenario reads as a ratio to its floor (issue 21, point 1):
 * <ul>
 * <li>a bare single-row {@code INSERT … ; COMMIT} of an answer-shaped row over JDBC, on the service's own MariaDB
 * (same server, so the same durability settings), from a fixed pool of connections as large as the clients;</li>
 * <li>the bytes of a learner page served as a static file by nginx on loopback (started here as its own process,
 * with its own prefix and configuration under {@code bench/target/run/nginx}: no root needed);</li>
 * <li>the service's own static handler ({@code /static/app.css}) against nginx serving the same file;</li>
 * <li>the learner page itself from the service, with its CPU cost per page.</li>
 * </ul>
 */
final class Floors {

    static final String COMMIT_1 = "bare commit, 1 client";
    static final String NGINX_PAGE_1 = "nginx: the lesson page's bytes as a static file, 1 client";
    static final String PAGE_1 = "service: the lesson page, 1 client";
    static final String NGINX_CSS_1 = "nginx: app.css, 1 client";
    static final String STATIC_CSS_1 = "service's static handler: app.css, 1 client";

    private final Options options;
    private final Http http;
    private final Service service;
    private final DataSet data;
    private final Course course;
    private Process nginx;
    /** The base URL of nginx, or null when it could not be started (then the report says why). */
    String nginxBase;
    String nginxMissing;
    double pageCpuMs = Double.NaN;
    double pageCpuDbMs = Double.NaN;
    double commitsPerSecond = Double.NaN;
    int clients;

    Floors(Options options, Http http, Service service, DataSet data, Course course) {
        this.options = options;
        this.http = http;
        this.service = service;
        this.data = data;
        this.course = course;
    }

    void run(Result r) throws Exception {
        clients = options.saturationClients;
        int n = options.quick ? 300 : 3000;
        int nc = options.quick ? 2000 : 20000;
        bareCommits(r, n, nc);
        String module = data.coreModules.get(0);
        String lesson = course.modules.get(module).lessons().get(0);
        String page = "/learn/v/" + data.version + "/" + module + "/" + lesson + "?view=lesson";
        Http.Session me = http.signIn(data.pageLearner, DataSet.LEARNER_PASSWORD);
        HttpResponse<byte[]> html = http.client.send(http.request(page, me).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (html.statusCode() != 200) {
            throw new IllegalStateException("GET " + page + " answered " + html.statusCode());
        }
        HttpResponse<byte[]> css = http.client.send(http.request("/static/app.css", null).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        startNginx(html.body(), css.body());
        r.notes.add(String.format("The learner page: `%s` (%,d bytes of HTML uncompressed), fetched as the page-weight"
                + " learner with `Accept-Encoding: gzip`, like a browser; nginx serves the same bytes as `lesson.html`"
                + " with gzip on, and `app.css` (%,d bytes) as the service's static handler does", page,
                html.body().length, css.body().length));
        if (nginxBase != null) {
            fetchLoop(r, NGINX_PAGE_1, URI.create(nginxBase + "/lesson.html"), null, n, 1);
            fetchLoop(r, NGINX_CSS_1, URI.create(nginxBase + "/app.css"), null, n, 1);
            fetchLoop(r, "nginx: the lesson page's bytes, " + clients + " clients", URI.create(nginxBase + "/lesson.html"),
                    null, nc, clients);
        } else {
            r.notes.add("**nginx is absent** (" + nginxMissing + "): no static-file floor from a real web server in this"
                    + " run; the ratios below use the service's own static handler instead");
        }
        fetchLoop(r, STATIC_CSS_1, URI.create(http.base + "/static/app.css"), null, n, 1);
        long[] before = service.cpu();
        fetchLoop(r, PAGE_1, URI.create(http.base + page), me, n, 1);
        long[] after = service.cpu();
        pageCpuMs = (double) (after[0] - before[0]) / n;
        pageCpuDbMs = (double) (after[1] - before[1]) / n;
        fetchLoop(r, "service: the lesson page, " + clients + " clients", URI.create(http.base + page), me, nc / 4, clients);
        r.notes.add(String.format("CPU per learner page (1 client, %,d pages): %.1f ms in the JVM + %.1f ms in mariadbd",
                n, pageCpuMs, pageCpuDbMs));
        stopNginx();
    }

    /** The answer-shaped row, inserted and committed one at a time, as the service's save does at its core. */
    private void bareCommits(Result r, int n, int nc) throws SQLException, InterruptedException {
        try (Connection c = DriverManager.getConnection(service.jdbcUrl())) {
            try (Statement s = c.createStatement()) {
                // LIKE copies columns, types and indexes, not the foreign keys: the row is the answer's shape
                // without the look-ups of its parents.
                s.execute("drop table if exists bench_floor_answer");
                s.execute("create table bench_floor_answer like attempt_answer");
                try (ResultSet rs = s.executeQuery("select @@innodb_flush_log_at_trx_commit, @@sync_binlog,"
                        + " @@log_bin, @@innodb_doublewrite, @@version")) {
                    rs.next();
                    r.notes.add(String.format("Bare commit: `INSERT INTO bench_floor_answer (attempt_id, question_id,"
                                    + " options, correct, answered_at) VALUES (?,?,?,?,NOW(3)); COMMIT` on the service's"
                                    + " MariaDB %s (table made `LIKE attempt_answer`), MariaDB Connector/J as the service"
                                    + " uses it, one connection per client held open as a pool would; durability:"
                                    + " innodb_flush_log_at_trx_commit=%s, sync_binlog=%s, log_bin=%s, doublewrite=%s",
                            rs.getString(5), rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        AtomicLong key = new AtomicLong();
        commitLoop(r, COMMIT_1, n, 1, key);
        long start = System.nanoTime();
        commitLoop(r, "bare commit, " + clients + " clients", nc, clients, key);
        commitsPerSecond = nc / ((System.nanoTime() - start) / 1e9);
        r.notes.add(String.format("Bare commits, %d clients in a closed loop: **%,.0f commits/s**", clients,
                commitsPerSecond));
    }

    private void commitLoop(Result r, String series, int n, int clients, AtomicLong key)
            throws SQLException, InterruptedException {
        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(clients);
        List<Connection> all = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Connection c = DriverManager.getConnection(service.jdbcUrl());
                c.setAutoCommit(false);
                all.add(c);
                pool.add(c);
            }
            QuizFlow.closedLoop(n, clients, i -> {
                Connection c = pool.take();
                try (PreparedStatement ps = c.prepareStatement("insert into bench_floor_answer (attempt_id,"
                        + " question_id, options, correct, answered_at) values (?,?,?,?,now(3))")) {
                    long k = key.incrementAndGet();
                    long t = System.nanoTime();
                    ps.setLong(1, k / 5);
                    ps.setString(2, "q0" + (k % 5));
                    ps.setString(3, "b,d");
                    ps.setBoolean(4, k % 10 != 0);
                    ps.executeUpdate();
                    c.commit();
                    r.series(series).add(System.nanoTime() - t);
                } finally {
                    pool.put(c);
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            for (Connection c : all) {
                c.close();
            }
        }
    }

    private void fetchLoop(Result r, String series, URI uri, Http.Session me, int n, int clients) throws Exception {
        for (int i = 0; i < Math.min(50, n); i++) {
            get(uri, me);
        }
        QuizFlow.closedLoop(n, clients, i -> {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = get(uri, me);
            long elapsed = System.nanoTime() - t;
            if (response.statusCode() == 200 && response.headers().firstValue("content-encoding").orElse("").equals("gzip")) {
                r.series(series).add(elapsed);
            } else {
                r.series(series).error(response.statusCode() + " "
                        + response.headers().firstValue("content-encoding").orElse("not compressed"));
            }
        });
    }

    private HttpResponse<byte[]> get(URI uri, Http.Session me) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept-Encoding", "gzip");
        if (me != null) {
            b.header("Cookie", "cthb-lang=en; cthb-session=" + me.cookie);
        }
        return http.client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Debian's nginx with a configuration of its own under bench/target/run/nginx, listening on loopback only, in the
     * foreground as a child of the driver (daemon off), so that it needs no root and stops with the run.
     */
    private void startNginx(byte[] page, byte[] css) throws IOException, InterruptedException {
        String binary = List.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx").stream()
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
        if (binary == null) {
            nginxMissing = "no nginx binary in /usr/sbin; `apt-get install nginx-light` adds it";
            return;
        }
        Path dir = options.work.resolve("nginx");
        Path www = dir.resolve("www");
        Files.createDirectories(www);
        Files.createDirectories(dir.resolve("logs"));
        Files.createDirectories(dir.resolve("temp"));
        Files.write(www.resolve("lesson.html"), page);
        Files.write(www.resolve("app.css"), css);
        int port = options.httpPort + 2;
        String version = Proc.run(List.of(binary, "-v"));
        Files.writeString(dir.resolve("nginx.conf"), """
                # Written by the bench (Floors.java): a static file server on loopback, no root needed.
                worker_processes auto;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/temp/body;
                    proxy_temp_path %1$s/temp/proxy;
                    fastcgi_temp_path %1$s/temp/fastcgi;
                    uwsgi_temp_path %1$s/temp/uwsgi;
                    scgi_temp_path %1$s/temp/scgi;
                    types { text/html html; text/css css; }
                    sendfile on;
                    tcp_nodelay on;
                    keepalive_timeout 75s;
                    keepalive_requests 1000000;
                    gzip on;
                    gzip_min_length 256;
                    gzip_types text/css;
                    server {
                        listen 127.0.0.1:%2$d;
                        root %1$s/www;
                    }
                }
                """.formatted(dir, port));
        nginx = new ProcessBuilder(binary, "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-e", dir.resolve("logs/error.log").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("logs/console.log").toFile()).start();
        String base = "http://127.0.0.1:" + port;
        for (int i = 0; i < 100; i++) {
            if (!nginx.isAlive()) {
                nginxMissing = "nginx did not start: " + Files.readString(dir.resolve("logs/console.log")).trim();
                return;
            }
            try {
                if (get(URI.create(base + "/app.css"), null).statusCode() == 200) {
                    nginxBase = base;
                    nginxVersion = version.replace("nginx version: ", "");
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        nginxMissing = "nginx did not answer on " + base;
        stopNginx();
    }

    String nginxVersion = "";

    void stopNginx() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly().waitFor();
            }
            nginx = null;
        }
    }

    /** The static round trip the scenarios compare with: nginx when it ran, else the service's static handler. */
    Latencies staticPage(Result r) {
        Latencies l = r.series.get(NGINX_PAGE_1);
        return l != null && l.count() > 0 ? l : r.series.get(STATIC_CSS_1);
    }
}
