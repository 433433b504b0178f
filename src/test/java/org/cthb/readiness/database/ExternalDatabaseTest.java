package org.cthb.readiness.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExternalDatabaseTest {

    @Test
    void unreachableExternalDatabaseFailsWithOneClearLine() {
        assertThatThrownBy(() -> DatabaseReachability.check("jdbc:mariadb://127.0.0.1:1/cthb"))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessage("Database unreachable at 127.0.0.1:1 (from quarkus.datasource.jdbc.url): Connection refused");
    }

    @Test
    void unknownHostIsNamed() {
        assertThatThrownBy(() -> DatabaseReachability.check("jdbc:mariadb://no-such-host.invalid:3306/cthb"))
                .hasMessageStartingWith("Database unreachable at no-such-host.invalid:3306")
                .hasMessageContaining("unknown host");
    }

    @Test
    void malformedUrlIsNamed() {
        assertThatThrownBy(() -> DatabaseReachability.check("jdbc:postgresql:/x"))
                .hasMessageContaining("quarkus.datasource.jdbc.url");
    }

    @Test
    void takenPortIsNamed() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            int port = socket.getLocalPort();
            assertThatThrownBy(() -> EmbeddedMariaDb.start(new EmbeddedMariaDb.Settings(
                    java.nio.file.Path.of("target/unused-db"), java.nio.file.Path.of("target/unused-bin"), port, "x")))
                    .hasMessage("Embedded MariaDB cannot listen on port " + port
                            + ": it is already in use (set cthb.embedded-db.port to another port, or 0 for any free one)");
        }
    }

    @Test
    void unwritableDataFolderIsNamed() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("not-a-folder", ".txt");
        assertThatThrownBy(() -> EmbeddedMariaDb.start(new EmbeddedMariaDb.Settings(
                file.resolve("data"), java.nio.file.Path.of("target/unused-bin"), 0, "x")))
                .hasMessageStartingWith("Embedded MariaDB data folder " + file.resolve("data").toAbsolutePath() + " cannot be created");
    }
}
