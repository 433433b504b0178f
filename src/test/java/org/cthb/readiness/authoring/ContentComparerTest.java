package org.cthb.readiness.authoring;

import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.CourseContent.LessonContent;
import org.cthb.readiness.course.files.CourseContent.LessonText;
import org.cthb.readiness.course.files.CourseReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentComparerTest {

    private static final CourseContent VALID = CourseReader.read(Path.of("src/test/resources/course-fixtures/valid"))
            .content();

    @Test
    void identicalContentHasNoChanges() {
        assertThat(ContentComparer.compare("c", "1", "2", VALID, VALID).identical()).isTrue();
    }

    @Test
    void namesChangedLessonFieldsAndAddedAndRemovedQuestions() {
        CourseContent edited = ContentEdits.onLesson("basics", "01-intro", l -> new LessonContent(l.name(), l.en(),
                new LessonText("Intro", l.fr().minutes(), l.fr().sensitive(), l.fr().contentNote(),
                        l.fr().alternativePath(), l.fr().markdown(), l.fr().alternative()))).apply(VALID);
        edited = ContentEdits.onQuiz("basics", q -> ContentEdits.withQuestions(q, List.of(q.questions().get(0))))
                .apply(edited);
        Comparison comparison = ContentComparer.compare("c", "1", "draft", VALID, edited);
        assertThat(comparison.modules()).hasSize(1);
        Comparison.ModuleChange module = comparison.modules().get(0);
        assertThat(module.fields()).isEmpty();
        assertThat(module.lessons()).containsExactly(new Comparison.ItemChange("01-intro", Comparison.Change.CHANGED,
                List.of("fr.title")));
        assertThat(module.questions()).containsExactly(new Comparison.ItemChange("q2", Comparison.Change.REMOVED,
                List.of()));
    }

    @Test
    void frenchThatIsEmptyOrACopyOfTheEnglishIsUntranslated() {
        assertThat(Translations.untranslated("Report it", "")).isTrue();
        assertThat(Translations.untranslated("Report what you see", "Report what you see")).isTrue();
        assertThat(Translations.untranslated("UN", "UN")).isFalse();
        assertThat(Translations.untranslated("Report it", "Signalez-le")).isFalse();
        // "Introduction" is the same word in both languages: flagged for a look, never refused.
        assertThat(Translations.missing(VALID)).containsExactly("modules[basics].lessons[01-intro].title");
    }
}
