package org.cthb.bench;


import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Galera fault drill: three MariaDB + Galera 4 nodes from the Debian packages on loopback, two instances of the
 * service on the cluster's sequential JDBC URL (as docker/compose.yaml runs them), learners working through both,
 * and one fault per phase: the writer node killed and restarted, an idle node killed and restarted, an instance
 * killed and restarted, the writer killed again. Reports per phase what clients saw (requests, 2xx, 503 with
 * Retry-After, other 5xx), which node took the writes, how a restarted node caught up (incremental or full copy),
 * and at the end whether every acknowledged answer is on every node and the tables are identical on all three.
 * Usage: bench/galera.sh [--learners N] [--phase-seconds S]
 */
public final class GaleraDrill {

    private static final int BASE_PORT = 23300;
    private static final String DATABASE = "cthb";

    private final Path repo;
    private final Path work;
    private final int learners;
    private final int phaseSeconds;
    private final List<GaleraNode> nodes = new ArrayList<>();
    private final List<GaleraInstance> instances = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final List<String> phaseRows = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    private GaleraDrill(Path repo, Path work, int learners, int phaseSeconds) {
        this.repo = repo;
        this.work = work;
        this.learners = learners;
        this.phaseSeconds = phaseSeconds;
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        int learners = 15;
        int phaseSeconds = 30;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repo" -> repo = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--learners" -> learners = Integer.parseInt(args[++i]);
                case "--phase-seconds" -> phaseSeconds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + " (known: --learners N, --phase-seconds S)");
            }
        }
        Path work = Files.createTempDirectory("cthb-galera-drill");
        GaleraDrill drill = new GaleraDrill(repo, work, learners, phaseSeconds);
        int exit;
        try {
            exit = drill.run();
        } finally {
            drill.tearDown();
        }
        System.exit(exit);
    }

    private int run() throws Exception {
        say("work folder: " + work);
        String cluster = "gcomm://" + GaleraNode.galeraPort(BASE_PORT, 1) + "," + GaleraNode.galeraPort(BASE_PORT, 2)
                + "," + GaleraNode.galeraPort(BASE_PORT, 3);
        for (int n = 1; n <= 3; n++) {
            GaleraNode node = new GaleraNode(work, n, BASE_PORT, cluster);
            node.configure(BASE_PORT);
            nodes.add(node);
        }
        nodes.get(0).install();
        nodes.get(0).bootstrap();
        nodes.get(0).awaitSynced(120);
        createDatabase(nodes.get(0));
        for (GaleraNode joiner : nodes.subList(1, 3)) {
            joiner.join();
            long ms = joiner.awaitSynced(300);
            say(joiner.name() + " joined in " + ms + " ms");
        }
        String url = "jdbc:mariadb:sequential://" + nodes.stream().map(n -> "127.0.0.1:" + n.sqlPort)
                .collect(Collectors.joining(",")) + "/" + DATABASE;
        instances.add(new GaleraInstance("app1", BASE_PORT + 80, repo, work, url));
        instances.add(new GaleraInstance("app2", BASE_PORT + 81, repo, work, url));
        for (GaleraInstance instance : instances) {
            say(instance.name + " ready in " + instance.start() + " ms");
        }
        List<Http> https = instances.stream().map(i -> new Http(i.port)).toList();
        Course course = Course.read(repo.resolve("courses").resolve(DataSet.COURSE));
        List<Http.Session> sessions = learnersSignedIn(https.get(0));
        int version = https.get(0).expect(https.get(0).request("/api/learning/dashboard", sessions.get(0)).build(),
                sessions.get(0), 200).path("version").asInt();

        // Not reported: the first minute of a JVM (class loading, JIT) is not what a fault costs.
        GaleraTraffic.Phase warmUp = new GaleraTraffic.Phase("warm-up");
        GaleraTraffic traffic = new GaleraTraffic(https, course, version, warmUp);
        traffic.start(sessions);
        Thread.sleep(phaseSeconds * 1000L);
        phase(traffic, new GaleraTraffic.Phase("no fault"), () -> { });
        phase(traffic, new GaleraTraffic.Phase("writer node (node1) killed, restarted"), () -> crashAndRejoin(0));
        phase(traffic, new GaleraTraffic.Phase("idle node (node3) killed, restarted"), () -> crashAndRejoin(2));
        phase(traffic, new GaleraTraffic.Phase("instance app1 killed, restarted"), () -> {
            instances.get(0).kill();
            Thread.sleep(phaseSeconds * 500L);
            say("app1 ready again in " + instances.get(0).start() + " ms");
        });
        phase(traffic, new GaleraTraffic.Phase("writer node (node1) killed again, restarted"), () -> crashAndRejoin(0));
        GaleraTraffic.Phase after = new GaleraTraffic.Phase("all up again");
        phase(traffic, after, () -> { });
        traffic.stop();
        for (GaleraNode node : nodes) {
            node.awaitSynced(120);
        }
        checkAnswers(traffic);
        checkTablesEqual();
        if (!traffic.doubleStartsDisagreeing.isEmpty()) {
            failures.add("two starts at the same moment gave two attempts: " + traffic.doubleStartsDisagreeing);
        }
        writeReport();
        https.forEach(Http::close);
        return failures.isEmpty() ? 0 : 1;
    }

    private interface Fault {
        void apply() throws Exception;
    }

    /** Runs one phase: the fault, then traffic until the phase's time is up; records what clients saw. */
    private void phase(GaleraTraffic traffic, GaleraTraffic.Phase p, Fault fault) throws Exception {
        traffic.phase = p;
        say("phase: " + p.name);
        long[] commitsBefore = commits();
        long start = System.nanoTime();
        fault.apply();
        long remaining = phaseSeconds * 1000L - (System.nanoTime() - start) / 1_000_000;
        if (remaining > 0) {
            Thread.sleep(remaining);
        }
        long[] commitsAfter = commits();
        List<String> writes = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            long delta = commitsBefore[i] < 0 || commitsAfter[i] < 0 ? -1 : commitsAfter[i] - commitsBefore[i];
            writes.add(nodes.get(i).name() + " " + (delta < 0 ? "restarted" : String.valueOf(delta)));
        }
        phaseRows.add(String.format("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d ms | %d ms | %s |", p.name,
                p.requests.get(), p.ok.get(), p.unavailable.get(), p.unavailableWithoutRetryAfter.get(),
                p.otherErrors.get(), p.rerouted.get(), p.unreachable.get(), p.answersAcknowledged.get(), p.p99(),
                p.maxMillis.get(), String.join(", ", writes)));
        say(String.format("  %d requests, %d 2xx, %d 503 (%d without Retry-After), %d other 5xx, %d rerouted;"
                        + " longest wait for an acknowledged answer %d ms; writes: %s", p.requests.get(), p.ok.get(),
                p.unavailable.get(), p.unavailableWithoutRetryAfter.get(), p.otherErrors.get(), p.rerouted.get(),
                p.longestGapMillis.get(), writes));
        p.errorSamples.forEach(e -> say("  5xx: " + e));
        p.refusals.forEach((what, count) -> say("  4xx x" + count + ": " + what));
        if (p.otherErrors.get() > 0) {
            failures.add(p.name + ": " + p.otherErrors.get() + " answers 5xx other than 503, e.g. " + p.errorSamples);
        }
        if (p.unavailableWithoutRetryAfter.get() > 0) {
            failures.add(p.name + ": " + p.unavailableWithoutRetryAfter.get() + " 503 without Retry-After");
        }
    }

    /** SIGKILLs a node, lets the cluster run without it for half the phase, restarts it and waits until Synced. */
    private void crashAndRejoin(int index) throws Exception {
        GaleraNode node = nodes.get(index);
        node.kill();
        Thread.sleep(phaseSeconds * 500L);
        long mark = node.logMark();
        String position = node.restartAfterCrash();
        long ms = node.awaitSynced(300);
        String transfer = node.transferSince(mark);
        say("  " + node.name() + " rejoined in " + ms + " ms from position " + position + ": " + transfer);
        lines.add("- " + node.name() + " rejoined " + ms + " ms after its restart, by " + transfer
                + " (recovered position " + position + ")");
    }

    private long[] commits() {
        return nodes.stream().mapToLong(n -> n.counter("wsrep_local_commits")).toArray();
    }

    private void createDatabase(GaleraNode node) throws SQLException {
        try (Connection c = node.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4");
            for (String host : List.of("127.0.0.1", "localhost")) {
                s.execute("CREATE USER 'cthb'@'" + host + "' IDENTIFIED BY 'drill-db-password'");
                s.execute("GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO 'cthb'@'" + host + "'");
            }
        }
    }

    private List<Http.Session> learnersSignedIn(Http http) throws Exception {
        Http.Session admin = http.signIn(Service.ADMIN_EMAIL, Service.ADMIN_PASSWORD);
        List<Http.Session> sessions = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            String email = "drill-learner-" + i + "@example.org";
            Map<String, String> body = new LinkedHashMap<>();
            body.put("email", email);
            body.put("password", DataSet.LEARNER_PASSWORD);
            body.put("role", "LEARNER");
            body.put("nation", "NOR");
            http.expect(http.request("/api/accounts", admin).header("Content-Type", "application/json")
                    .POST(Http.json(body)).build(), admin, 201);
            sessions.add(http.signIn(email, DataSet.LEARNER_PASSWORD));
        }
        return sessions;
    }

    /** Every acknowledged answer, on every node. */
    private void checkAnswers(GaleraTraffic traffic) throws SQLException {
        long checked = traffic.acknowledged.values().stream().filter(a -> a.options() != null).count();
        for (GaleraNode node : nodes) {
            Map<String, String> stored = new HashMap<>();
            try (Connection c = node.connectCausal(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT attempt_id, question_id, options FROM " + DATABASE
                         + ".attempt_answer")) {
                while (r.next()) {
                    stored.put(r.getLong(1) + "/" + r.getString(2), r.getString(3));
                }
            }
            long lost = 0;
            List<String> examples = new ArrayList<>();
            for (Map.Entry<String, GaleraTraffic.Acknowledged> e : traffic.acknowledged.entrySet()) {
                GaleraTraffic.Acknowledged ack = e.getValue();
                if (ack.options() == null) {
                    continue;
                }
                String value = stored.get(e.getKey());
                // A later save that got no answer may have been written too: then either value is right.
                boolean ok = ack.options().equals(value) || (ack.laterUnanswered() && value != null);
                if (!ok) {
                    lost++;
                    if (examples.size() < 5) {
                        examples.add(e.getKey() + " acknowledged " + ack.options() + ", stored " + value);
                    }
                }
            }
            lines.add("- " + node.name() + ": " + checked + " acknowledged answers looked for, " + lost + " lost");
            if (lost > 0) {
                failures.add(node.name() + " lost " + lost + " acknowledged answers, e.g. " + examples);
            }
        }
    }

    /**
     * Compares every table's content on the three nodes: row count and an order-independent checksum of every
     * row's values. CHECKSUM TABLE would compare physical rows, which may differ in format while holding the same
     * data (a column added in place on one node before another was copied).
     */
    private void checkTablesEqual() throws SQLException {
        Map<String, String> queries = new LinkedHashMap<>();
        try (Connection c = nodes.get(0).connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT table_name, GROUP_CONCAT(CONCAT('COALESCE(HEX(`', column_name,"
                     + " '`), ''~'')') ORDER BY ordinal_position SEPARATOR ', ') FROM information_schema.columns"
                     + " WHERE table_schema = '" + DATABASE + "' AND table_name IN (SELECT table_name FROM"
                     + " information_schema.tables WHERE table_schema = '" + DATABASE + "' AND table_type ="
                     + " 'BASE TABLE') GROUP BY table_name ORDER BY table_name")) {
            while (r.next()) {
                queries.put(r.getString(1), "SELECT COUNT(*), COALESCE(BIT_XOR(CRC32(CONCAT_WS('#', "
                        + r.getString(2) + "))), 0) FROM " + DATABASE + ".`" + r.getString(1) + "`");
            }
        }
        List<Map<String, String>> sums = new ArrayList<>();
        for (GaleraNode node : nodes) {
            Map<String, String> sum = new LinkedHashMap<>();
            try (Connection c = node.connectCausal(); Statement s = c.createStatement()) {
                for (Map.Entry<String, String> q : queries.entrySet()) {
                    try (ResultSet r = s.executeQuery(q.getValue())) {
                        r.next();
                        sum.put(q.getKey(), r.getLong(1) + " rows, " + r.getLong(2));
                    }
                }
            }
            sums.add(sum);
        }
        List<String> differing = queries.keySet().stream().filter(t -> !sums.get(0).get(t).equals(sums.get(1).get(t))
                || !sums.get(0).get(t).equals(sums.get(2).get(t))).map(t -> t + " (" + sums.get(0).get(t) + " / "
                + sums.get(1).get(t) + " / " + sums.get(2).get(t) + ")").toList();
        lines.add("- table contents (" + queries.size() + " tables, row counts and checksums): " + (differing.isEmpty()
                ? "equal on all three nodes" : "DIFFERENT for " + differing));
        if (!differing.isEmpty()) {
            failures.add("tables differ between nodes: " + differing);
        }
    }

    private void writeReport() throws IOException {
        List<String> out = new ArrayList<>();
        out.add("# Galera fault drill, " + LocalDate.now() + " on " + host());
        out.add("");
        out.add("Three MariaDB " + version() + " + Galera 4 nodes (Debian packages) on loopback, two instances of the"
                + " service on `jdbc:mariadb:sequential://node1,node2,node3`, " + learners + " learners working"
                + " through both (requests in turn, a refused connection sent to the other instance, a 503 repeated"
                + " after its Retry-After), " + phaseSeconds + " s per phase. `bench/galera.sh` ran it.");
        out.add("");
        out.add("| phase | requests | 2xx | 503 | 503 without Retry-After | other 5xx | rerouted (instance gone)"
                + " | unreachable | answers acknowledged | p99 | max | writes (commits per node) |");
        out.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
        out.addAll(phaseRows);
        out.add("");
        out.addAll(lines);
        out.add("");
        out.add(failures.isEmpty() ? "**Result: PASS** (no 5xx but 503 with Retry-After, no acknowledged answer lost,"
                + " tables equal)" : "**Result: FAIL**\n\n" + failures.stream().map(f -> "- " + f)
                .collect(Collectors.joining("\n")));
        Path report = repo.resolve("bench/reports/" + LocalDate.now() + "-galera.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, String.join("\n", out) + "\n");
        System.out.println(String.join("\n", out));
        System.out.println("report: " + report);
    }

    private String version() {
        try (Connection c = nodes.get(0).connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT VERSION()")) {
            return r.next() ? r.getString(1).replaceAll("-.*", "") : "?";
        } catch (SQLException e) {
            return "?";
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "?";
        }
    }

    private void say(String line) {
        System.out.println("[galera] " + line);
    }

    private void tearDown() {
        for (GaleraInstance instance : instances) {
            try {
                instance.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (GaleraNode node : nodes) {
            try {
                node.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
