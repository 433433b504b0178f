package org.cthb.readiness.roster;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.storage.TempFiles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Roster files that passed "Check the file", kept in the database so that "Import this file" does not ask for the
 * file again: bound to the officer who checked it and to the nation, taken once, and expired after
 * {@code cthb.roster.checked-file-ttl}. The officer's form carries a random token; the table keeps only its hash.
 */
@ApplicationScoped
public class CheckedRosters {

    private static final int CHUNK = 1024 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AgroalDataSource dataSource;
    @ConfigProperty(name = "cthb.roster.checked-file-ttl", defaultValue = "PT1H")
    Duration ttl;

    /** A file kept for import: the token the form sends back, and what was checked. */
    public record Kept(String token, String fileName, long rows, Instant expiresAt) {
    }

    /** Keeps a checked file for the officer and nation; forgets every expired one on the way. */
    public Kept keep(String nation, String officer, Path file, String fileName, long rows) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = Instant.now().plus(ttl);
        String name = fileName == null || fileName.isBlank() ? "roster.csv"
                : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        inTransaction(c -> {
            try (PreparedStatement old = c.prepareStatement("delete from roster_checked_file where expires_at < ?")) {
                old.setTimestamp(1, Timestamp.from(Instant.now()));
                old.executeUpdate();
            }
            try (PreparedStatement head = c.prepareStatement("insert into roster_checked_file (id, nation_iso3,"
                    + " checked_by, file_name, rows_checked, expires_at) values (?, ?, ?, ?, ?, ?)")) {
                head.setString(1, hash(token));
                head.setString(2, nation);
                head.setString(3, officer);
                head.setString(4, name);
                head.setLong(5, rows);
                head.setTimestamp(6, Timestamp.from(expires));
                head.executeUpdate();
            }
            try (InputStream in = Files.newInputStream(file); PreparedStatement chunk = c.prepareStatement(
                    "insert into roster_checked_chunk (file_id, seq, data) values (?, ?, ?)")) {
                byte[] buffer;
                int seq = 0;
                while ((buffer = in.readNBytes(CHUNK)).length > 0) {
                    chunk.setString(1, hash(token));
                    chunk.setInt(2, seq++);
                    chunk.setBytes(3, buffer);
                    chunk.executeUpdate();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Kept(token, name, rows, expires);
    }

    /** A file the form names, taken out (so it imports once) into a temporary file the caller owns. */
    public Taken take(String nation, String officer, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFound("checked", "no checked file is waiting: check the file again");
        }
        String id = hash(token);
        Path file;
        try {
            file = TempFiles.createFile("roster", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] name = new String[1];
        try {
            inTransaction(c -> {
                try (PreparedStatement head = c.prepareStatement("select file_name from roster_checked_file where id = ?"
                        + " and nation_iso3 = ? and checked_by = ? and expires_at >= ? for update")) {
                    head.setString(1, id);
                    head.setString(2, nation);
                    head.setString(3, officer);
                    head.setTimestamp(4, Timestamp.from(Instant.now()));
                    try (ResultSet rs = head.executeQuery()) {
                        if (!rs.next()) {
                            throw new NotFound("checked", "the checked file is no longer kept (it is kept for "
                                    + ttl.toMinutes() + " minutes, for the officer who checked it, and imports once):"
                                    + " choose the file and check it again");
                        }
                        name[0] = rs.getString(1);
                    }
                }
                try (PreparedStatement chunks = c.prepareStatement(
                        "select data from roster_checked_chunk where file_id = ? order by seq");
                     OutputStream out = Files.newOutputStream(file)) {
                    chunks.setString(1, id);
                    try (ResultSet rs = chunks.executeQuery()) {
                        while (rs.next()) {
                            out.write(rs.getBytes(1));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                try (PreparedStatement gone = c.prepareStatement("delete from roster_checked_file where id = ?")) {
                    gone.setString(1, id);
                    gone.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            TempFiles.delete(file);
            throw e;
        }
        return new Taken(file, name[0]);
    }

    /** A file taken for import, and the name it was checked under. */
    public record Taken(Path file, String fileName) {
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void inTransaction(Work work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The checked roster could not be kept or read: " + e.getMessage(), e);
        }
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
