package org.cthb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One MariaDB + Galera 4 node from the Debian packages, on loopback: its own data folder, SQL port and Galera
 * ports. Runs as the {@code mysql} system user (the rsync state transfer refuses to write as root), and after a
 * crash recovers its position first ({@code --wsrep-recover}) so that it rejoins by incremental transfer (IST) from
 * a donor's cache instead of a full copy, as Debian's {@code galera_recovery} does for the packaged service.
 */
final class GaleraNode {

    private static final Pattern RECOVERED = Pattern.compile("Recovered position: ([0-9a-f-]{36}:-?\\d+)");

    final int number;
    final int sqlPort;
    private final Path dir;
    private final String clusterAddress;
    private Process process;

    GaleraNode(Path work, int number, int basePort, String clusterAddress) {
        this.number = number;
        this.sqlPort = basePort + number;
        this.dir = work.resolve("node" + number);
        this.clusterAddress = clusterAddress;
    }

    static String galeraPort(int basePort, int number) {
        return "127.0.0.1:" + (basePort + 1000 + number);
    }

    String name() {
        return "node" + number;
    }

    Path config() {
        return dir.resolveSibling(name() + ".cnf");
    }

    Path errorLog() {
        return dir.resolveSibling(name() + ".err");
    }

    /** Writes the node's configuration: the same Galera settings as docker/galera/galera.cnf, ports of its own. */
    void configure(int basePort) throws IOException {
        Files.createDirectories(dir);
        Proc.run(List.of("chown", "-R", "mysql:mysql", dir.getParent().toString()));
        String galera = galeraPort(basePort, number);
        String ist = "127.0.0.1:" + (basePort + 1100 + number);
        String sst = "127.0.0.1:" + (basePort + 1200 + number);
        Files.writeString(config(), String.join("\n",
                "[mariadb]",
                "datadir=" + dir,
                "socket=" + dir.resolveSibling(name() + ".sock"),
                "port=" + sqlPort,
                "bind-address=127.0.0.1",
                "pid-file=" + dir.resolveSibling(name() + ".pid"),
                "log-error=" + errorLog(),
                "user=mysql",
                "binlog_format=ROW",
                "default_storage_engine=InnoDB",
                "innodb_autoinc_lock_mode=2",
                "innodb_buffer_pool_size=128M",
                "log_bin=mariadb-bin",
                "log_slave_updates=ON",
                "log_bin_trust_function_creators=1",
                "character_set_server=utf8mb4",
                "wsrep_on=ON",
                "wsrep_provider=/usr/lib/galera/libgalera_smm.so",
                "wsrep_cluster_name=cthb-drill",
                "wsrep_cluster_address=" + clusterAddress,
                "wsrep_node_name=" + name(),
                "wsrep_node_address=" + galera,
                "wsrep_retry_autocommit=3",
                // gcache.recover: a node's write-set cache survives its crash, so it can still serve (and receive)
                // an incremental transfer afterwards.
                "wsrep_provider_options=\"gmcast.listen_addr=tcp://" + galera + ";ist.recv_addr=" + ist
                        + ";gcache.size=256M;gcache.recover=yes\"",
                "wsrep_sst_receive_address=" + sst,
                "wsrep_sst_method=rsync",
                ""));
        Proc.run(List.of("chown", "mysql:mysql", config().toString()));
    }

    /** Creates the system tables (first node only: the others get everything by state transfer). */
    void install() {
        String out = Proc.run(List.of("mariadb-install-db", "--defaults-file=" + config(),
                "--auth-root-authentication-method=normal"));
        if (!Files.exists(dir.resolve("mysql"))) {
            throw new IllegalStateException("mariadb-install-db failed for " + name() + ": " + out);
        }
    }

    void bootstrap() throws IOException {
        start(List.of("--wsrep-new-cluster"));
    }

    void join() throws IOException {
        start(List.of());
    }

    /** Starts again after a crash: recovers the last committed position so the rejoin can be incremental. */
    String restartAfterCrash() throws IOException {
        String out = Proc.run(List.of("mariadbd", "--defaults-file=" + config(), "--wsrep-recover",
                "--log-error=" + dir.resolveSibling(name() + "-recover.err")));
        String log = Files.exists(dir.resolveSibling(name() + "-recover.err"))
                ? Files.readString(dir.resolveSibling(name() + "-recover.err")) : out;
        Matcher m = RECOVERED.matcher(log);
        String position = null;
        while (m.find()) {
            position = m.group(1);
        }
        start(position == null ? List.of() : List.of("--wsrep_start_position=" + position));
        return position == null ? "none" : position;
    }

    private void start(List<String> extra) throws IOException {
        List<String> command = new ArrayList<>(List.of("mariadbd", "--defaults-file=" + config()));
        command.addAll(extra);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolveSibling(name() + ".out").toFile()))
                .start();
    }

    /** SIGKILL: a crash, as a power cut or the kernel's OOM killer would do it. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            process = null;
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + sqlPort + "/?user=root&password="
                + "&connectTimeout=2000&socketTimeout=10000");
    }

    /**
     * A connection whose reads wait until this node has applied everything the cluster committed before them
     * (wsrep_sync_wait): "Synced" alone may still have write sets queued for its appliers.
     */
    Connection connectCausal() throws SQLException {
        Connection c = connect();
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION wsrep_sync_wait = 1");
        }
        return c;
    }

    /** wsrep_local_state_comment, or "down". */
    String state() {
        return status("wsrep_local_state_comment").orElse("down");
    }

    Optional<String> status(String variable) {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE '" + variable + "'")) {
            return r.next() ? Optional.of(r.getString(2)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    long counter(String variable) {
        return status(variable).map(Long::parseLong).orElse(-1L);
    }

    /** Waits until the node is Synced; returns the milliseconds it took. */
    long awaitSynced(long timeoutSeconds) throws InterruptedException {
        long start = System.nanoTime();
        while (!"Synced".equals(state())) {
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(timeoutSeconds)) {
                throw new IllegalStateException(name() + " not Synced within " + timeoutSeconds + " s; see "
                        + errorLog());
            }
            Thread.sleep(200);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The error log's length now, to read only what a later join writes. */
    long logMark() {
        try {
            return Files.size(errorLog());
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * How the join since {@code mark} got its state. The rsync script logs "SST succeeded" for an incremental
     * transfer too (a state transfer that copies nothing), so "IST completed on joiner" tells them apart.
     */
    String transferSince(long mark) {
        try {
            byte[] all = Files.readAllBytes(errorLog());
            String added = new String(all, (int) Math.min(mark, all.length), (int) Math.max(0, all.length - mark));
            if (added.contains("IST completed on joiner") || added.contains("IST received")
                    && !added.contains("SST completed on joiner")) {
                return "incremental (IST)";
            }
            return added.contains("SST succeeded") ? "full copy (SST)" : "none needed";
        } catch (IOException e) {
            return "?";
        }
    }
}
