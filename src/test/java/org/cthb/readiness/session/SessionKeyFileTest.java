package org.cthb.readiness.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionKeyFileTest {

    @Test
    void createsA256BitOwnerOnlyKeyOnceAndReadsItAfterwards(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/session-key");
        String key = SessionKeyFile.loadOrCreate(file);
        assertThat(Base64.getUrlDecoder().decode(key)).hasSize(32);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(SessionKeyFile.loadOrCreate(file)).isEqualTo(key);
        assertThat(SessionKeyFile.loadOrCreate(dir.resolve("other"))).isNotEqualTo(key);
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void aWeakKeyFileIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("session-key");
        Files.writeString(file, "short\n");
        assertThatThrownBy(() -> SessionKeyFile.loadOrCreate(file)).hasMessageContaining("at least")
                .hasMessageNotContaining("short");
    }
}
