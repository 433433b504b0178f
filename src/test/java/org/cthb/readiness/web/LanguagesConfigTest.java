package org.cthb.readiness.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code cthb.languages}: the configured list, English always first, and a clear refusal of a wrong code. */
class LanguagesConfigTest {

    @Test
    void englishComesFirstAndTheRestKeepTheirOrder() {
        assertThat(Languages.parse("en,fr")).containsExactly("en", "fr");
        assertThat(Languages.parse(" fr , DE,fr ")).containsExactly("en", "fr", "de");
        assertThat(Languages.parse("")).isEqualTo(List.of("en"));
    }

    @Test
    void aCodeThatIsNotTwoLettersIsRefusedByName() {
        assertThatThrownBy(() -> Languages.parse("en,fr,deu")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cthb.languages").hasMessageContaining("'deu'");
    }
}
