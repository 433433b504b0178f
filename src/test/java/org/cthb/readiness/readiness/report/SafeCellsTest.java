package org.cthb.readiness.readiness.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A cell a spreadsheet could run as a formula gets a leading apostrophe; any other text is left alone. */
class SafeCellsTest {

    static final String[] DANGEROUS = {"=1+1", "+33 6 12 34 56 78", "-2+3", "@SUM(A1:A2)", "\tTab", "\rReturn",
        "=HYPERLINK(\"http://evil.example\",\"Click\")"};

    @Test
    void everyDangerousFirstCharacterIsNeutralised() {
        for (String value : DANGEROUS) {
            assertThat(SafeCells.text(value)).isEqualTo("'" + value);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lefèvre", "O'Brien", "1990", "a=b", "x-y", "user@example.org", "'quoted", " =spaced",
        "Zoë; Dupont"})
    void ordinaryTextIsUntouched(String value) {
        assertThat(SafeCells.text(value)).isEqualTo(value);
    }

    @Test
    void missingValueIsAnEmptyCell() {
        assertThat(SafeCells.text(null)).isEmpty();
        assertThat(SafeCells.text("")).isEmpty();
    }
}
