package org.cthb.readiness.course.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.course.files.CourseReaderTest.FIXTURES;

/**
 * A course adds a language by its files: {@code de:} beside {@code en:} and {@code fr:}, and {@code *.de.md} lessons.
 * Whatever it leaves out shows in English, and the validator says how much is translated.
 */
class CourseTranslationTest {

    @Test
    void aThirdLanguageIsReadFromTextsAndLessonFilesWithEnglishWhereItIsMissing() {
        CourseReader.Result result = CourseReader.read(FIXTURES.resolve("third-language"));
        assertThat(result.problems()).isEmpty();
        CourseContent.ModuleContent module = result.content().modules().get(0);
        assertThat(module.summary().in("de")).isEqualTo("Die Grundlagen.");
        assertThat(module.summary().has("de")).isTrue();
        assertThat(module.title().in("de")).as("no German title: the English one").isEqualTo("Basics");
        assertThat(module.title().has("de")).isFalse();
        assertThat(module.title().in("fr")).isEqualTo("Notions de base");

        CourseContent.LessonContent lesson = module.lessons().get(0);
        assertThat(lesson.in("de").title()).isEqualTo("Einführung");
        assertThat(lesson.in("de").markdown()).contains("schwere Menschenrechtsverletzung");
        assertThat(lesson.in("de").minutes()).as("the reading time of English and French")
                .isEqualTo(lesson.en().minutes());
        assertThat(lesson.in("it")).as("a language the course lacks falls back to English").isEqualTo(lesson.en());
        assertThat(lesson.in("fr")).isEqualTo(lesson.fr());
    }

    @Test
    void theValidatorCountsWhatIsTranslatedInEachLanguage() {
        CourseContent content = CourseReader.read(FIXTURES.resolve("third-language")).content();
        var translations = content.translations();
        assertThat(translations.keySet()).containsExactly("de", "en", "fr");
        Translation de = translations.get("de");
        int total = de.textsTotal();
        assertThat(total).as("title, description, module title and summary, question, options and feedback")
                .isGreaterThan(6);
        assertThat(de.texts()).isEqualTo(1);
        assertThat(de.lessons()).isEqualTo(1);
        assertThat(de.lessonsTotal()).isEqualTo(1);
        assertThat(de.missingLessons()).isEmpty();
        assertThat(de.percent()).isEqualTo((int) Math.floor(100.0 * 2 / (total + 1)));
        assertThat(de.summary()).isEqualTo("de: " + de.percent() + " % (1/" + total + " texts, 1/1 lessons)");
        assertThat(translations.get("fr").percent()).isEqualTo(100);
        assertThat(translations.get("en").texts()).isEqualTo(total);
    }

    @Test
    void aLessonWithoutItsFileInTheLanguageIsNamedForTranslators() {
        CourseContent content = CourseReader.read(FIXTURES.resolve("extra-language-text").resolveSibling("third-language"))
                .content();
        CourseContent.ModuleContent module = content.modules().get(0);
        CourseContent.LessonContent untranslated = new CourseContent.LessonContent("02-more", module.lessons().get(0).en(),
                module.lessons().get(0).fr());
        CourseContent.ModuleContent twoLessons = new CourseContent.ModuleContent(module.folder(), module.id(),
                module.title(), module.summary(), module.roles(),
                java.util.List.of(module.lessons().get(0), untranslated), module.quiz());
        CourseContent course = new CourseContent(content.id(), content.title(), content.description(),
                java.util.List.of(twoLessons), content.assets());
        assertThat(course.translations().get("de").missingLessons()).containsExactly("01-basics/02-more");
        assertThat(course.translations().get("de").lessons()).isEqualTo(1);
    }

    @Test
    void aCourseInEnglishAndFrenchKeepsItsContentHash() {
        CourseContent content = CourseReader.read(FIXTURES.resolve("valid")).content();
        assertThat(ContentHash.json(content)).as("no empty translations in the canonical JSON")
                .doesNotContain("others");
        assertThat(content.translations().keySet()).containsExactly("en", "fr");
    }

    @Test
    void theThirdLanguageSurvivesExportAndStorage(@TempDir Path dir) throws IOException {
        CourseContent original = CourseReader.read(FIXTURES.resolve("third-language")).content();
        CourseReaderTest.unzip(CourseReaderTest.zipped(original), dir);
        CourseReader.Result again = CourseReader.read(dir.resolve(original.id()));
        assertThat(again.problems()).isEmpty();
        assertThat(again.content()).isEqualTo(original);
        assertThat(ContentHash.parse(ContentHash.json(original))).isEqualTo(original);
        assertThat(ContentHash.of(again.content())).isEqualTo(ContentHash.of(original));
    }
}
