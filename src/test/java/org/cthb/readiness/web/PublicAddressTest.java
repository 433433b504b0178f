package org.cthb.readiness.web;

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

    @Test
    void anAddressAPhoneCannotOpenIsRefusedByName() {
        assertThatThrownBy(() -> PublicAddress.resolve(Optional.of("cthb.example.org"), () -> 1))
                .hasMessageContaining("cthb.public-url").hasMessageContaining("cthb.example.org");
        assertThatThrownBy(() -> PublicAddress.resolve(Optional.of("ftp://x.org"), () -> 1))
                .hasMessageContaining("cthb.public-url");
    }
}
