package org.cthb.readiness.web;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicAddressTest {

    @Test
    void theConfiguredAddressWinsWithoutItsTrailingSlash() {
        assertThat(PublicAddress.resolve(Optional.of(" https://cthb.example.org/ "), () -> 41234))
                .isEqualTo("https://cthb.example.org");
    }

    @Test
    void withoutOneTheAddressItServesOnIsUsed() {
        assertThat(PublicAddress.resolve(Optional.empty(), () -> 41234)).isEqualTo("http://localhost:41234");
        assertThat(PublicAddress.resolve(Optional.of("  "), () -> 8080)).isEqualTo("http://localhost:8080");
    }

    @Test
    void theRefusalNamesTheSettingAndItsVariable() {
        assertThat(PublicAddress.refusal()).contains("cthb.public-url", "CTHB_PUBLIC_URL", "https://");
    }

    /**
     * Issue 23, point 7: production (the packaged service on an external database) refuses to start without the
     * address; dev, tests and the packaged service on its own embedded database start with the served address.
     */
    @Test
    void productionOnAnExternalDatabaseRefusesToStartWithoutTheAddress() {
        String external = "jdbc:mariadb://db.example.org:3306/cthb";
        assertThat(PublicAddress.refusalAtStart(Optional.empty(), LaunchMode.NORMAL, external))
                .contains(PublicAddress.refusal());
        assertThat(PublicAddress.refusalAtStart(Optional.of("  "), LaunchMode.NORMAL, external))
                .contains(PublicAddress.refusal());
        assertThat(PublicAddress.refusalAtStart(Optional.of("https://cthb.example.org"), LaunchMode.NORMAL, external))
                .isEmpty();
        assertThat(PublicAddress.refusalAtStart(Optional.empty(), LaunchMode.DEVELOPMENT, external)).isEmpty();
        assertThat(PublicAddress.refusalAtStart(Optional.empty(), LaunchMode.TEST, external)).isEmpty();
        assertThat(PublicAddress.refusalAtStart(Optional.empty(), LaunchMode.NORMAL, null)).isEmpty();
    }

    @Test
    void anAddressAPhoneCannotOpenIsRefusedByName() {
        assertThatThrownBy(() -> PublicAddress.resolve(Optional.of("cthb.example.org"), () -> 1))
                .hasMessageContaining("cthb.public-url").hasMessageContaining("cthb.example.org");
        assertThatThrownBy(() -> PublicAddress.resolve(Optional.of("ftp://x.org"), () -> 1))
                .hasMessageContaining("cthb.public-url");
    }

    /** The packaged service on its own embedded database needs no public address; any other database does. */
    @Test
    void onlyTheEmbeddedServerOfThisJvmCountsAsNotExternal() {
        String before = System.getProperty("cthb.embedded-db.running-url");
        try {
            System.setProperty("cthb.embedded-db.running-url", "jdbc:mariadb://localhost:33999/cthb");
            assertThat(PublicAddress.isExternal("jdbc:mariadb://localhost:33999/cthb")).isFalse();
            assertThat(PublicAddress.isExternal("jdbc:mariadb://db.example.org:3306/cthb")).isTrue();
            assertThat(PublicAddress.isExternal(null)).isFalse();
            System.clearProperty("cthb.embedded-db.running-url");
            assertThat(PublicAddress.isExternal("jdbc:mariadb://localhost:33999/cthb")).isTrue();
        } finally {
            if (before == null) {
                System.clearProperty("cthb.embedded-db.running-url");
            } else {
                System.setProperty("cthb.embedded-db.running-url", before);
            }
        }
    }
}
