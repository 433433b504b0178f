package org.cthb.readiness.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cthb.readiness.certificate.CertificateNumber.Outcome;
import org.cthb.readiness.certificate.CertificateNumber.Parsed;
import org.junit.jupiter.api.Test;

class CertificateNumberTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    @Test
    void randomNumbersAreUniqueOverAHundredThousandDraws() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(CertificateNumber.random().compact());
        }
        assertThat(seen).hasSize(100_000);
    }

    @Test
    void numberIsTwelveCrockfordCharactersShownInGroupsOfThree() {
        CertificateNumber number = CertificateNumber.random();
        assertThat(number.compact()).matches("[0-9A-HJKMNP-TV-Z]{12}");
        assertThat(number.display()).matches("[0-9A-HJKMNP-TV-Z]{3}(-[0-9A-HJKMNP-TV-Z]{3}){3}")
                .isEqualTo(number.toString())
                .startsWith(number.compact().substring(0, 3) + "-");
    }

    @Test
    void randomNumbersParseBackToThemselves() {
        for (int i = 0; i < 1_000; i++) {
            CertificateNumber number = CertificateNumber.random();
            assertThat(CertificateNumber.parse(number.display()).number()).isEqualTo(number);
        }
    }

    @Test
    void everySingleCharacterSubstitutionIsDetected() {
        for (CertificateNumber number : samples(500)) {
            char[] chars = number.compact().toCharArray();
            for (int position = 0; position < chars.length; position++) {
                char original = chars[position];
                for (char replacement : ALPHABET.toCharArray()) {
                    if (replacement == original) {
                        continue;
                    }
                    chars[position] = replacement;
                    assertThat(CertificateNumber.parse(new String(chars)).outcome())
                            .as("%s with %s at %d", number, replacement, position)
                            .isEqualTo(Outcome.CHECK_FAILED);
                }
                chars[position] = original;
            }
        }
    }

    @Test
    void everyAdjacentTranspositionIsDetected() {
        int swaps = 0;
        for (CertificateNumber number : samples(2_000)) {
            for (int position = 0; position < CertificateNumber.LENGTH - 1; position++) {
                char[] chars = number.compact().toCharArray();
                if (chars[position] == chars[position + 1]) {
                    continue;
                }
                char first = chars[position];
                chars[position] = chars[position + 1];
                chars[position + 1] = first;
                swaps++;
                assertThat(CertificateNumber.parse(new String(chars)).outcome())
                        .as("%s with %d and %d swapped", number, position, position + 1)
                        .isEqualTo(Outcome.CHECK_FAILED);
            }
        }
        assertThat(swaps).isGreaterThan(20_000);
    }

    @Test
    void lowerCaseSpacesDashesAndLookAlikesNormalise() {
        String compact = numberContaining('0', '1');
        String typed = " " + compact.substring(0, 4).toLowerCase().replace('0', 'o').replace('1', 'l') + " - "
                + compact.substring(4, 8).replace('0', 'O').replace('1', 'I') + "  "
                + compact.substring(8).toLowerCase().replace('1', 'i') + " ";

        Parsed parsed = CertificateNumber.parse(typed);

        assertThat(parsed.outcome()).as(typed).isEqualTo(Outcome.VALID);
        assertThat(parsed.number().compact()).isEqualTo(compact);
        assertThat(parsed.message()).isNull();
    }

    @Test
    void wrongLengthIsMalformedAndSaysHowLong() {
        Parsed parsed = CertificateNumber.parse("7KQ-4XM-9ZT");

        assertThat(parsed.outcome()).isEqualTo(Outcome.MALFORMED);
        assertThat(parsed.message()).contains("12 characters").contains("this one has 9");
    }

    @Test
    void foreignCharacterIsMalformedAndNamed() {
        Parsed parsed = CertificateNumber.parse("7kq-4xm-9zu-b2c");

        assertThat(parsed.outcome()).isEqualTo(Outcome.MALFORMED);
        assertThat(parsed.message()).contains("'u'").contains("character 9");
    }

    @Test
    void blankIsMalformed() {
        assertThat(CertificateNumber.parse("  ").outcome()).isEqualTo(Outcome.MALFORMED);
        assertThat(CertificateNumber.parse(null).message()).isEqualTo("No certificate number was given.");
    }

    @Test
    void mistypedNumberSaysACharacterIsMistyped() {
        String compact = CertificateNumber.random().compact();
        char last = compact.charAt(11) == '0' ? '1' : '0';

        Parsed parsed = CertificateNumber.parse(compact.substring(0, 11) + last);

        assertThat(parsed.outcome()).isEqualTo(Outcome.CHECK_FAILED);
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.message()).isEqualTo("A character is mistyped: please check the number.");
    }

    /** Values computed independently of this code; a change here would invalidate every issued number. */
    @Test
    void checkCharacterOfIssuedNumbersNeverChanges() {
        assertThat(CheckCharacter.of("00000000000")).isEqualTo('0');
        assertThat(CheckCharacter.of("00000000001")).isEqualTo('2');
        assertThat(CheckCharacter.of("ZZZZZZZZZZZ")).isEqualTo('K');
        assertThat(CertificateNumber.parse("7kq-4xm-9zt-b2p").number().display()).isEqualTo("7KQ-4XM-9ZT-B2P");
    }

    @Test
    void constructorAcceptsOnlyTheCanonicalForm() {
        String compact = CertificateNumber.random().compact();

        assertThatThrownBy(() -> new CertificateNumber(compact.toLowerCase()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CertificateNumber(compact.substring(0, 3) + "-" + compact.substring(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<CertificateNumber> samples(int count) {
        List<CertificateNumber> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(CertificateNumber.random());
        }
        return numbers;
    }

    /** A valid number with the given digits in it, so that their look-alikes can be typed. */
    private static String numberContaining(char first, char second) {
        String data = "A" + first + "B" + second + "C" + first + "D" + second + "E" + first + "F";
        return data + CheckCharacter.of(data);
    }
}
