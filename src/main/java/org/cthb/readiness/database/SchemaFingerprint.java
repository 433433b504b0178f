package org.cthb.readiness.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets a start on an up-to-date database skip Liquibase (about a third of the start-up: it parses, validates and
 * checksums every change file to find that nothing is to do) without skipping the check. The fingerprint is a
 * SHA-256 of every byte Liquibase would read (the master change log, each included file and each data file they
 * load) and of the settings that choose what runs. After Liquibase has migrated, the fingerprint and the number of
 * applied change sets are written as Liquibase's own tag on the last applied change set; a later start whose files
 * give the same fingerprint, finds that tag on the last row, the same number of rows and no migration under way
 * (lock free) has nothing to migrate, exactly as Liquibase would have found. Any changed byte, an unknown include
 * form, a missing row or any doubt means Liquibase runs as before.
 */
public final class SchemaFingerprint {

    static final String TAG_PREFIX = "cthb-schema:";
    /** Table names are configuration, never input; still, only plain names go into SQL. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern INCLUDE = Pattern.compile("<include\\s[^>]*\\bfile\\s*=\\s*\"([^\"]+)\"");
    /** Files a change set reads besides its own XML (loadData, loadUpdateData, sqlFile, createProcedure ...). */
    private static final Pattern REFERENCED = Pattern.compile("\\b(?:file|path)\\s*=\\s*\"([^\"]+)\"");
    /** Forms whose files cannot be listed from the XML alone: their presence turns the fast path off. */
    private static final Pattern UNLISTED = Pattern.compile("<includeAll\\b|relativeToChangelogFile\\s*=\\s*\"true\"");

    private SchemaFingerprint() {
    }

    /**
     * The fingerprint of the change log {@code changeLog} as read through {@code loader}, with {@code settings}
     * (contexts, labels ...) mixed in; empty when a file is missing or its includes cannot be listed.
     */
    public static Optional<String> of(ClassLoader loader, String changeLog, List<String> settings) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String setting : settings) {
                update(digest, "setting", String.valueOf(setting).getBytes(StandardCharsets.UTF_8));
            }
            Set<String> files = new LinkedHashSet<>();
            byte[] master = read(loader, changeLog);
            if (master == null) {
                return Optional.empty();
            }
            update(digest, changeLog, master);
            String masterText = new String(master, StandardCharsets.UTF_8);
            if (UNLISTED.matcher(masterText).find()) {
                return Optional.empty();
            }
            for (String included : matches(INCLUDE, masterText)) {
                byte[] bytes = read(loader, included);
                if (bytes == null) {
                    return Optional.empty();
                }
                update(digest, included, bytes);
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (UNLISTED.matcher(text).find() || INCLUDE.matcher(text).find()) {
                    return Optional.empty();
                }
                files.addAll(matches(REFERENCED, text));
            }
            for (String file : files) {
                byte[] bytes = read(loader, file);
                if (bytes == null) {
                    return Optional.empty();
                }
                update(digest, file, bytes);
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest(), 0, 16));
        } catch (IOException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    /** The tag written on the last applied change set: fingerprint and how many change sets were applied. */
    static String tag(String fingerprint, long appliedChangeSets) {
        return TAG_PREFIX + fingerprint + ":" + appliedChangeSets;
    }

    /**
     * True only when the database's change log says that these very files were fully applied and nobody is
     * migrating now. Any error (no table yet, no rights) is a no: Liquibase then decides, as always.
     */
    public static boolean upToDate(Connection connection, String fingerprint, String changeLogTable, String lockTable) {
        if (!IDENTIFIER.matcher(changeLogTable).matches() || !IDENTIFIER.matcher(lockTable).matches()) {
            return false;
        }
        try (Statement s = connection.createStatement()) {
            // Asked first, so that a new database does not log the driver's "table doesn't exist" warning.
            try (PreparedStatement tables = connection.prepareStatement("SELECT COUNT(*) FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN (?, ?)")) {
                tables.setString(1, changeLogTable);
                tables.setString(2, lockTable);
                try (ResultSet found = tables.executeQuery()) {
                    if (!found.next() || found.getInt(1) != 2) {
                        return false;
                    }
                }
            }
            try (ResultSet lock = s.executeQuery("SELECT LOCKED FROM " + lockTable + " WHERE ID = 1")) {
                if (!lock.next() || lock.getBoolean(1)) {
                    return false;
                }
            }
            long count;
            try (ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + changeLogTable)) {
                rows.next();
                count = rows.getLong(1);
            }
            try (ResultSet last = s.executeQuery("SELECT TAG FROM " + changeLogTable
                    + " ORDER BY DATEEXECUTED DESC, ORDEREXECUTED DESC LIMIT 1")) {
                return count > 0 && last.next() && tag(fingerprint, count).equals(last.getString(1));
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Tags the last applied change set after a migration. A tag someone set by hand (Liquibase's {@code tag}
     * command, for a rollback) is left alone: the next start then simply runs Liquibase again.
     */
    public static boolean record(Connection connection, String fingerprint, String changeLogTable) throws SQLException {
        if (!IDENTIFIER.matcher(changeLogTable).matches()) {
            return false;
        }
        try (Statement s = connection.createStatement()) {
            long count;
            try (ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + changeLogTable)) {
                rows.next();
                count = rows.getLong(1);
            }
            String id;
            String author;
            String file;
            String tag;
            try (ResultSet last = s.executeQuery("SELECT ID, AUTHOR, FILENAME, TAG FROM " + changeLogTable
                    + " ORDER BY DATEEXECUTED DESC, ORDEREXECUTED DESC LIMIT 1")) {
                if (!last.next()) {
                    return false;
                }
                id = last.getString(1);
                author = last.getString(2);
                file = last.getString(3);
                tag = last.getString(4);
            }
            if (tag != null && !tag.startsWith(TAG_PREFIX)) {
                return false;
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + changeLogTable
                    + " SET TAG = ? WHERE ID = ? AND AUTHOR = ? AND FILENAME = ?")) {
                update.setString(1, tag(fingerprint, count));
                update.setString(2, id);
                update.setString(3, author);
                update.setString(4, file);
                return update.executeUpdate() == 1;
            }
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static byte[] read(ClassLoader loader, String resource) throws IOException {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static void update(MessageDigest digest, String name, byte[] bytes) {
        byte[] label = name.getBytes(StandardCharsets.UTF_8);
        digest.update(label);
        digest.update((byte) 0);
        digest.update(Long.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
    }
}
