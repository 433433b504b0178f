package org.cthb.readiness.authoring;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.CourseContent.LessonContent;
import org.cthb.readiness.course.files.CourseContent.LessonText;
import org.cthb.readiness.course.files.CourseContent.ModuleContent;
import org.cthb.readiness.course.files.CourseContent.QuizContent;
import org.cthb.readiness.course.files.Text;
import org.cthb.readiness.crawl.PseudoLanguage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draft editor with a further configured language: a form without the language's field keeps its text (an edit
 * of the English never drops a translation), its field sets it, and an emptied field lets the text fall back to
 * English. Lessons in a further language, which the editor does not show, are kept as they were.
 */
@QuarkusTest
@TestProfile(PseudoLanguage.Profile.class)
class FurtherLanguageEditsTest {

    private static final String XX = PseudoLanguage.CODE;

    @AfterAll
    static void removeThePseudoLanguageFiles() {
        PseudoLanguage.removeMessageFiles();
    }

    private static final LessonText LESSON_EN = new LessonText("Lesson", 5, false, null, null, "Text", null);
    private static final LessonText LESSON_FR = new LessonText("Leçon", 5, false, null, null, "Texte", null);
    private static final LessonText LESSON_XX = new LessonText("Léésséén", 5, false, null, null, "Tééxt", null);

    private static CourseContent course() {
        LessonContent lesson = new LessonContent("01-one", LESSON_EN, LESSON_FR, Map.of(XX, LESSON_XX, "de",
                LESSON_EN));
        ModuleContent module = new ModuleContent("m1", "m1", new Text("Module", "Module", Map.of(XX, "Mööd")),
                new Text("Sum", "Rés", Map.of(XX, "Sööm")), List.of(), List.of(lesson),
                new QuizContent("quiz.yaml", 1, 80, 3, 0, List.of()), null);
        return new CourseContent("c", new Text("Course", "Cours", Map.of(XX, "Çöörs", "de", "Kurs")),
                new Text("About", "À propos"), List.of(module), Map.of());
    }

    private static AuthorForm form(String... pairs) {
        MultivaluedHashMap<String, String> fields = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.add(pairs[i], pairs[i + 1]);
        }
        return new AuthorForm(fields);
    }

    @Test
    void aFormWithoutTheLanguagesFieldKeepsItsText() {
        CourseContent edited = CourseEdits.details(form("title_en", "Course 2", "title_fr", "Cours 2",
                "description_en", "About", "description_fr", "À propos")).apply(course());
        assertThat(edited.title()).isEqualTo(new Text("Course 2", "Cours 2", Map.of(XX, "Çöörs", "de", "Kurs")));
    }

    @Test
    void theLanguagesFieldSetsOrEmptiedRemovesItsText() {
        CourseContent set = CourseEdits.details(form("title_en", "Course", "title_fr", "Cours", "title_" + XX,
                " Néw ", "description_en", "About", "description_fr", "À propos", "description_" + XX, "Ààbööt"))
                .apply(course());
        assertThat(set.title().others()).containsEntry(XX, "Néw").containsEntry("de", "Kurs");
        assertThat(set.description().in(XX)).isEqualTo("Ààbööt");
        CourseContent emptied = CourseEdits.module("m1", form("title_en", "Module", "title_fr", "Module",
                "title_" + XX, "", "summary_en", "Sum", "summary_fr", "Rés", "roles", "")).apply(course());
        assertThat(emptied.modules().get(0).title().has(XX)).isFalse();
        assertThat(emptied.modules().get(0).title().in(XX)).isEqualTo("Module");
        assertThat(emptied.modules().get(0).summary().in(XX)).isEqualTo("Sööm");
    }

    @Test
    void aLessonEditKeepsTheLessonInFurtherLanguages() {
        AuthorForm form = form("en_title", "Lesson 2", "en_minutes", "5", "en_markdown", "Text 2",
                "fr_title", "Leçon 2", "fr_minutes", "5", "fr_markdown", "Texte 2");
        CourseContent edited = LessonEdits.lesson("m1", "01-one", form).apply(course());
        LessonContent lesson = edited.modules().get(0).lessons().get(0);
        assertThat(lesson.en().title()).isEqualTo("Lesson 2");
        assertThat(lesson.others()).containsOnlyKeys(XX, "de");
        assertThat(lesson.in(XX)).isEqualTo(LESSON_XX);
    }
}
