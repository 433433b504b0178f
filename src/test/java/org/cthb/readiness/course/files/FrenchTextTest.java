package org.cthb.readiness.course.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The glossary beside the course folders and French typography: each rule has a fixture course and its exact
 * findings in a .expected file; the clean course uses every allowance (plural, elision, addresses, clock times).
 */
class FrenchTextTest {

    static final Path FIXTURES = Path.of("src/test/resources/french-fixtures");

    @ParameterizedTest
    @ValueSource(strings = {"typography", "glossary-missing", "glossary-avoid"})
    void findingIsAWarningWithFileAndLine(String fixture) throws IOException {
        CourseReader.Result result = CourseReader.read(FIXTURES.resolve(fixture));
        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).map(FileProblem::toString)
                .containsExactlyElementsOf(Files.readAllLines(FIXTURES.resolve(fixture + ".expected")));
    }

    @Test
    void cleanFrenchHasNoFinding() {
        CourseReader.Result result = CourseReader.read(FIXTURES.resolve("clean"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void strictCourseRefusesATypographyFinding(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path course = QuizLintTest.copy(FIXTURES.resolve("typography"), dir.resolve("typography"));
        Files.writeString(course.resolve("course.yaml"), Files.readString(course.resolve("course.yaml"))
                + "lint: strict\n");
        CourseReader.Result result = CourseReader.read(course);
        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).map(FileProblem::toString)
                .containsExactlyElementsOf(Files.readAllLines(FIXTURES.resolve("typography.expected")));
    }

    @Test
    void aBrokenGlossaryIsAProblemOfTheCourse() throws IOException {
        Path fixtures = Path.of("src/test/resources/broken-glossary");
        CourseReader.Result result = CourseReader.read(fixtures.resolve("course"));
        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).map(FileProblem::toString)
                .containsExactlyElementsOf(Files.readAllLines(fixtures.resolve("course.expected")));
    }

    @Test
    void termsMatchPluralElisionAndAnySpaceButOnlyWholeWords() {
        var traite = Glossary.pattern("traite des êtres humains");
        assertThat(traite.matcher("la Traite d’êtres\u00A0humains").find()).isTrue();
        assertThat(traite.matcher("la traite de l'être humain").find()).isFalse();
        assertThat(traite.matcher("le traitement des êtres humains").find()).isFalse();
        var victims = Glossary.pattern("victimes et survivants");
        assertThat(victims.matcher("une victime et survivant").find()).isTrue();
        assertThat(Glossary.pattern("chain of command").matcher("the chains of\ncommand").find()).isTrue();
    }

    @Test
    void typographyIgnoresAddressesCodeAndTableRules() {
        assertThat(FrenchTypography.masked("voir https://a.org/x?y `a;b` [t](u:v)"))
                .doesNotContain("?", ";", ":");
    }
}
