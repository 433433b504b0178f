package org.cthb.readiness.course.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each test-wise cue has a fixture course that differs from a clean one only by that cue, and the exact warnings it
 * must produce in a .expected file; the clean course produces none.
 */
class QuizLintTest {

    static final Path FIXTURES = Path.of("src/test/resources/lint-fixtures");

    @ParameterizedTest
    @ValueSource(strings = {"pool-too-small", "three-options", "longest-correct", "truefalse-unbalanced",
            "key-pattern", "absolute-only-distractors"})
    void cueIsAWarningWithFileAndLine(String fixture) throws IOException {
        CourseReader.Result result = CourseReader.read(FIXTURES.resolve(fixture));
        assertThat(result.problems()).isEmpty();
        assertThat(result.valid()).isTrue();
        assertThat(result.warnings()).map(FileProblem::toString)
                .containsExactlyElementsOf(Files.readAllLines(FIXTURES.resolve(fixture + ".expected")));
    }

    @Test
    void cleanQuizHasNoCue() {
        CourseReader.Result result = CourseReader.read(FIXTURES.resolve("clean"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void strictCourseRefusesACue() throws IOException {
        CourseReader.Result result = CourseReader.read(FIXTURES.resolve("three-options-strict"));
        assertThat(result.valid()).isFalse();
        assertThat(result.content()).isNull();
        assertThat(result.problems()).map(FileProblem::toString)
                .containsExactlyElementsOf(Files.readAllLines(FIXTURES.resolve("three-options-strict.expected")));
        assertThat(result.warnings()).isEmpty();
    }

    /**
     * Issue 17, point 5: warnings for other courses, errors for the shipped ones. Each shipped course has no finding,
     * and a cue slipped into a copy of it (a draw that makes the pool smaller than three times the draw) refuses it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"courses/cthb-predeployment", "courses/optional/cthb-refresher"})
    void aShippedCourseTreatsEveryCueAsAnError(String shipped, @org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        CourseReader.Result clean = CourseReader.read(Path.of(shipped));
        assertThat(clean.problems()).isEmpty();
        assertThat(clean.warnings()).isEmpty();

        Path course = copy(Path.of(shipped), dir.resolve("course"));
        Path quiz;
        try (var files = Files.walk(course)) {
            quiz = files.filter(f -> f.getFileName().toString().equals("quiz.yaml")).sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(quiz);
        java.util.regex.Matcher draw = java.util.regex.Pattern.compile("(?m)^draw: (\\d+)$").matcher(text);
        assertThat(draw.find()).as("the draw of " + quiz).isTrue();
        int pool = clean.content().modules().stream().filter(m -> quiz.startsWith(course.resolve(m.folder())))
                .findFirst().orElseThrow().quiz().questions().size();
        // The smallest draw the pool is too small for, but still no larger than the pool (that is another rule).
        int cued = pool / 3 + 1;
        Files.writeString(quiz, draw.replaceFirst("draw: " + cued));
        CourseReader.Result result = CourseReader.read(course);
        assertThat(result.valid()).isFalse();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.problems()).map(FileProblem::toString).anyMatch(p -> p.startsWith(
                course.relativize(quiz).toString().replace('\\', '/') + ":") && p.contains("test-wise cue: a pool of "
                + pool + " questions for a draw of " + cued));
    }

    @Test
    void unknownLintLevelIsAProblem(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path course = copy(FIXTURES.resolve("clean"), dir.resolve("clean"));
        Files.writeString(course.resolve("course.yaml"), Files.readString(course.resolve("course.yaml"))
                + "lint: loud\n");
        CourseReader.Result result = CourseReader.read(course);
        assertThat(result.problems()).map(FileProblem::toString)
                .containsExactly("course.yaml:10: lint must be warn or strict, not 'loud'");
    }

    static Path copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }
}
