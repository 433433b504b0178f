package org.cthb.readiness.support;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpline files are validated field by field; a file with a problem is left out whole, naming each field. */
class HelplineFilesTest {

    @Test
    void theShippedDefaultIsValidAndHasAPhoneNumber() {
        HelplineFiles.Result result = HelplineFiles.read(Path.of("courses/helplines"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.byNation().get("default")).isNotEmpty()
                .allSatisfy(h -> assertThat(h.nation()).isNull());
    }

    @Test
    void aFileWithABadPhoneOrAddressIsLeftOutAndEachFieldIsNamed() {
        HelplineFiles.Result result = HelplineFiles.read(Path.of("src/test/resources/helplines"));
        assertThat(result.byNation()).containsOnlyKeys("default", "HRV", "SVN");
        assertThat(result.problems()).containsExactly(
                "EST.yaml: helplines[0].phone: 'call us' is not a phone number (digits, spaces, ( ) . / -,"
                        + " an optional leading +)",
                "EST.yaml: helplines[0].url: 'http://est.example.org' is not an https address");
    }

    @Test
    void missingFrenchUnknownKeysAndNoWayToCallAreNamed() {
        List<String> problems = new ArrayList<>();
        HelplineFiles.parse("FRA.yaml", "helplines:\n  - name: {en: A}\n    fax: '1'\n", problems);
        assertThat(problems).containsExactlyInAnyOrder(
                "FRA.yaml: helplines[0].fax: unknown key (one of name, phone, url, hours)",
                "FRA.yaml: helplines[0].name: needs en and fr, both filled in",
                "FRA.yaml: helplines[0].phone: a helpline needs a phone number or a url");
    }

    @Test
    void aFurtherLanguageIsAcceptedBesideEnglishAndFrenchAndFallsBackToEnglish() {
        List<String> problems = new ArrayList<>();
        List<Helpline> lines = HelplineFiles.parse("DEU.yaml", """
                helplines:
                  - name: {en: Help line, fr: Ligne d'aide, de: Hilfetelefon}
                    phone: "+49 1 000"
                    hours: {en: Any time, fr: À toute heure}
                """, problems);
        assertThat(problems).isEmpty();
        assertThat(lines.get(0).name().in("de")).isEqualTo("Hilfetelefon");
        assertThat(lines.get(0).name().has("de")).isTrue();
        assertThat(lines.get(0).hours().in("de")).isEqualTo("Any time");
        assertThat(lines.get(0).hours().has("de")).isFalse();
    }

    @Test
    void aFurtherLanguageMustBeATwoLetterCodeWithAText() {
        List<String> problems = new ArrayList<>();
        HelplineFiles.parse("DEU.yaml", """
                helplines:
                  - name: {en: Help line, fr: Ligne d'aide, deu: Hilfetelefon, it: ''}
                    phone: "+49 1 000"
                """, problems);
        assertThat(problems).containsExactlyInAnyOrder(
                "DEU.yaml: helplines[0].name: deu: not a language (en, fr, or another two-letter code such as de)",
                "DEU.yaml: helplines[0].name: it: empty (leave a language out to show the English)");
    }
}
