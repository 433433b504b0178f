package org.cthb.readiness.course.files;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading time comes from the words at 180 a minute, the same in both languages; a typed figure only warns. */
class ReadingTimeTest {

    @Test
    void countsWordsNotMarkupOrLinkTargets() {
        assertThat(ReadingTime.words("# Title\n\nSee [the policy](https://example.org/a-b-c) — l'exploitation, "
                + "host-nation <b>police</b>.")).isEqualTo(7);
    }

    @Test
    void roundsUpAtTheStatedRateAndNeverBelowOneMinute() {
        assertThat(ReadingTime.minutes("word ".repeat(180), "mot ".repeat(10))).isEqualTo(1);
        assertThat(ReadingTime.minutes("word ".repeat(181), "")).isEqualTo(2);
        assertThat(ReadingTime.minutes("", "")).isEqualTo(1);
    }

    @Test
    void bothLanguagesShowTheLongerTextsMinutes() {
        assertThat(ReadingTime.minutes("word ".repeat(200), "mot ".repeat(400))).isEqualTo(3);
    }

    @Test
    void lessonShowsComputedMinutesInBothLanguagesAndWarnsAboutATypedFigure() {
        CourseReader.Result result = CourseReader.read(Path.of("src/test/resources/minutes-fixtures/computed"));
        assertThat(result.problems()).isEmpty();
        CourseContent.LessonContent lesson = result.content().modules().get(0).lessons().get(0);
        assertThat(lesson.en().minutes()).isEqualTo(3);
        assertThat(lesson.fr().minutes()).isEqualTo(3);
        assertThat(result.warnings()).map(FileProblem::toString).containsExactly("01-basics/01-intro.en.md:3: minutes 7"
                + " is ignored: the reading time is computed from the word count at 180 words a minute, 3 here;"
                + " remove the key or make it 3");
    }

    @Test
    void typedMinutesThatAgreeAreQuiet() {
        CourseReader.Result result = CourseReader.read(Path.of("src/test/resources/lint-fixtures/clean"));
        assertThat(result.content().modules().get(0).lessons().get(0).en().minutes()).isEqualTo(1);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void alternativeMinutesAreComputedToo() {
        CourseReader.Result result = CourseReader.read(Path.of("src/test/resources/course-fixtures/valid-sensitive"));
        CourseContent.LessonContent lesson = result.content().modules().get(0).lessons().get(0);
        assertThat(lesson.fr().alternative().minutes()).isEqualTo(1);
        assertThat(result.warnings()).map(FileProblem::toString)
                .contains("01-basics/alt/01-intro.fr.md:3: minutes 4 is ignored: the reading time is computed from the"
                        + " word count at 180 words a minute, 1 here; remove the key or make it 1");
    }
}
