package org.cthb.readiness.course.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each validation rule has a broken fixture folder and the exact problems it must produce, in a .expected file. */
class CourseReaderTest {

    static final Path FIXTURES = Path.of("src/test/resources/course-fixtures");

    @ParameterizedTest
    @ValueSource(strings = {"yaml-syntax", "front-matter-not-closed", "missing-french-text", "extra-language-text",
            "missing-french-lesson", "extra-language-lesson", "unknown-key", "duplicate-question-id",
            "draw-larger-than-pool", "pass-mark-out-of-range", "no-correct-option", "truefalse-three-options",
            "missing-feedback", "broken-alternative", "sensitive-without-note", "broken-image", "remote-image", "script-in-markdown",
            "unknown-role", "unknown-question-lesson", "draw-larger-than-non-graphic"})
    void brokenFixtureReportsExactlyItsProblems(String fixture) throws IOException {
        CourseReader.Result result = CourseReader.read(FIXTURES.resolve(fixture));
        List<String> expected = Files.readAllLines(FIXTURES.resolve(fixture + ".expected"));
        assertThat(result.valid()).isFalse();
        assertThat(result.content()).isNull();
        assertThat(result.problems()).map(FileProblem::toString).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid", "valid-sensitive", "valid-quiz-fields"})
    void validFixtureHasNoProblems(String fixture) {
        CourseReader.Result result = CourseReader.read(FIXTURES.resolve(fixture));
        assertThat(result.problems()).isEmpty();
        assertThat(result.content().modules()).hasSize(1);
    }

    @Test
    void quizFieldsForDrawingAndFeedbackAreReadAndSurviveExport() throws IOException {
        CourseContent content = CourseReader.read(FIXTURES.resolve("valid-quiz-fields")).content();
        CourseContent.QuestionContent q1 = content.modules().get(0).quiz().question("q1").orElseThrow();
        assertThat(q1.graphicOnly()).isTrue();
        assertThat(q1.contentNote()).isEqualTo(new Text("Mentions exploitation.", "Évoque l'exploitation."));
        assertThat(q1.teachingPoint().en()).isEqualTo("Re-read what the policy calls trafficking.");
        assertThat(q1.lesson()).isEqualTo("01-intro");
        assertThat(q1.options()).extracting(CourseContent.OptionContent::pinned).containsExactly(false, false, true);
        CourseContent.QuestionContent q2 = content.modules().get(0).quiz().question("q2").orElseThrow();
        assertThat(q2.graphicOnly()).isFalse();
        assertThat(q2.contentNote()).isNull();
        // the canonical JSON round-trips the fields, and a course without them keeps the hash it had before them
        assertThat(ContentHash.parse(ContentHash.json(content))).isEqualTo(content);
        String plain = ContentHash.json(CourseReader.read(FIXTURES.resolve("valid")).content());
        assertThat(plain.substring(plain.indexOf("\"quiz\":")))
                .doesNotContain("pinned", "graphicOnly", "contentNote", "teachingPoint", "\"lesson\"");
    }

    @Test
    void sensitiveLessonCarriesItsAlternativeInBothLanguages() {
        CourseContent content = CourseReader.read(FIXTURES.resolve("valid-sensitive")).content();
        CourseContent.LessonContent lesson = content.modules().get(0).lessons().get(0);
        assertThat(lesson.en().sensitive()).isTrue();
        assertThat(lesson.en().contentNote()).isEqualTo("Mentions exploitation in general terms.");
        assertThat(lesson.en().alternative().markdown()).isEqualTo("The same points, calmly.\n");
        assertThat(lesson.fr().alternative().title()).isEqualTo("Introduction (version apaisée)");
    }

    @Test
    void shippedCourseValidatesWithZeroProblems() {
        CourseReader.Result result = CourseReader.read(Path.of("courses/cthb-predeployment"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.content().modules()).hasSizeGreaterThanOrEqualTo(10);
        result.content().modules().forEach(m ->
                assertThat(m.quiz().questions().size()).as("pool of %s", m.id()).isGreaterThanOrEqualTo(3 * m.quiz().draw()));
    }

    @Test
    void shippedRefresherValidatesWithZeroProblems() {
        CourseReader.Result result = CourseReader.read(Path.of("courses/optional/cthb-refresher"));
        assertThat(result.problems()).isEmpty();
        result.content().modules().forEach(m ->
                assertThat(m.quiz().questions().size()).as("pool of %s", m.id()).isGreaterThanOrEqualTo(3 * m.quiz().draw()));
    }

    @Test
    void exportThenReadGivesTheSameContentHash(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        for (String fixture : List.of("valid-sensitive")) {
            CourseContent original = CourseReader.read(FIXTURES.resolve(fixture)).content();
            unzip(zipped(original), dir);
            CourseReader.Result again = CourseReader.read(dir.resolve(original.id()));
            assertThat(again.problems()).isEmpty();
            assertThat(ContentHash.of(again.content())).isEqualTo(ContentHash.of(original));
        }
    }

    @Test
    void quizFieldsSurviveExportAndReadAgain(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        CourseContent original = CourseReader.read(FIXTURES.resolve("valid-quiz-fields")).content();
        unzip(zipped(original), dir);
        CourseReader.Result again = CourseReader.read(dir.resolve(original.id()));
        assertThat(again.problems()).isEmpty();
        assertThat(again.content()).isEqualTo(original);
        assertThat(ContentHash.of(again.content())).isEqualTo(ContentHash.of(original));
    }

    @Test
    void shippedCourseSurvivesTheRoundTrip(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        CourseContent original = CourseReader.read(Path.of("courses/cthb-predeployment")).content();
        unzip(zipped(original), dir);
        CourseContent again = CourseReader.read(dir.resolve(original.id())).content();
        assertThat(ContentHash.of(again)).isEqualTo(ContentHash.of(original));
    }

    static byte[] zipped(CourseContent content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CourseWriter.zip(content, out);
        return out.toByteArray();
    }

    static void unzip(byte[] zip, Path dir) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = dir.resolve(e.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
    }
}
