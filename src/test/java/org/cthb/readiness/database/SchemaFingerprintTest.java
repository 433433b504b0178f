package org.cthb.readiness.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shortcut that skips Liquibase on an up-to-date schema: it must see every byte Liquibase reads, and must say
 * "up to date" only when the last migration of these very files is recorded and nobody migrates.
 */
@QuarkusTest
class SchemaFingerprintTest {

    private static final List<String> SETTINGS = List.of("db/changeLog.xml");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyFileUnderDbChangesTheFingerprint(@TempDir Path dir) throws IOException {
        Path db = Path.of("src/main/resources/db");
        copy(db, dir.resolve("db"));
        String original = fingerprint(dir).orElseThrow();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir.resolve("db"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, append(bytes, (byte) ' '));
            assertThat(fingerprint(dir)).as("a change to %s", dir.relativize(file)).isPresent()
                    .get().isNotEqualTo(original);
            Files.write(file, bytes);
        }
        assertThat(fingerprint(dir)).contains(original);
    }

    @Test
    void aMissingIncludedFileOrAnIncludeAllMeansNoShortcut(@TempDir Path dir) throws IOException {
        copy(Path.of("src/main/resources/db"), dir.resolve("db"));
        Path master = dir.resolve("db/changeLog.xml");
        String text = Files.readString(master);
        Files.writeString(master, text.replace("</databaseChangeLog>", "<includeAll path=\"db/more/\"/></databaseChangeLog>"));
        assertThat(fingerprint(dir)).isEmpty();
        Files.writeString(master, text);
        Files.delete(dir.resolve("db/data/nations.csv"));
        assertThat(fingerprint(dir)).isEmpty();
    }

    @Test
    void upToDateOnlyWithTheRecordedTagTheSameRowsAndNoLock() throws Exception {
        String fingerprint = SchemaCheck.fingerprint(key -> org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue(key, String.class).orElse(null)).orElseThrow();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // This start migrated (the test database was new or the files changed) and recorded its fingerprint.
            assertThat(SchemaFingerprint.upToDate(c, fingerprint, "DATABASECHANGELOG", "DATABASECHANGELOGLOCK")).isTrue();
            assertThat(SchemaFingerprint.upToDate(c, "0".repeat(32), "DATABASECHANGELOG", "DATABASECHANGELOGLOCK"))
                    .isFalse();

            s.executeUpdate("UPDATE DATABASECHANGELOGLOCK SET LOCKED = 1 WHERE ID = 1");
            try {
                assertThat(SchemaFingerprint.upToDate(c, fingerprint, "DATABASECHANGELOG", "DATABASECHANGELOGLOCK"))
                        .as("a migration under way").isFalse();
            } finally {
                s.executeUpdate("UPDATE DATABASECHANGELOGLOCK SET LOCKED = 0 WHERE ID = 1");
            }

            // A change set applied after the tag (another instance's newer files) leaves the tag on an older row.
            s.executeUpdate("INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, EXECTYPE)"
                    + " SELECT 'fingerprint-test', 'test', 'test.xml', NOW() + INTERVAL 1 DAY, MAX(ORDEREXECUTED) + 1,"
                    + " 'EXECUTED' FROM DATABASECHANGELOG");
            try {
                assertThat(SchemaFingerprint.upToDate(c, fingerprint, "DATABASECHANGELOG", "DATABASECHANGELOGLOCK"))
                        .isFalse();
                // A tag set by hand (for a rollback) is never overwritten.
                s.executeUpdate("UPDATE DATABASECHANGELOG SET TAG = 'release-1' WHERE ID = 'fingerprint-test'");
                assertThat(SchemaFingerprint.record(c, fingerprint, "DATABASECHANGELOG")).isFalse();
                s.executeUpdate("UPDATE DATABASECHANGELOG SET TAG = NULL WHERE ID = 'fingerprint-test'");
                assertThat(SchemaFingerprint.record(c, fingerprint, "DATABASECHANGELOG")).isTrue();
                assertThat(SchemaFingerprint.upToDate(c, fingerprint, "DATABASECHANGELOG", "DATABASECHANGELOGLOCK"))
                        .isTrue();
            } finally {
                s.executeUpdate("DELETE FROM DATABASECHANGELOG WHERE ID = 'fingerprint-test'");
                SchemaFingerprint.record(c, fingerprint, "DATABASECHANGELOG");
            }
            assertThat(SchemaFingerprint.upToDate(c, fingerprint, "DATABASECHANGELOG", "DATABASECHANGELOGLOCK")).isTrue();
        }
    }

    private static java.util.Optional<String> fingerprint(Path root) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            return SchemaFingerprint.of(loader, "db/changeLog.xml", SETTINGS);
        }
    }

    private static byte[] append(byte[] bytes, byte extra) {
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        longer[bytes.length] = extra;
        return longer;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
