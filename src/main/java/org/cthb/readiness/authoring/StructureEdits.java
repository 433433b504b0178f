package org.cthb.readiness.authoring;

import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.CourseContent.LessonContent;
import org.cthb.readiness.course.files.CourseContent.LessonText;
import org.cthb.readiness.course.files.CourseContent.ModuleContent;
import org.cthb.readiness.course.files.CourseContent.QuizContent;
import org.cthb.readiness.course.files.Text;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.web.ScreensMsg;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Adds a module or a lesson to the draft. What is added is deliberately unfinished (no roles, no text, no
 * questions): the draft's check then lists exactly what the author still has to write, beside each field, and
 * publishing waits until it is written.
 */
final class StructureEdits {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private StructureEdits() {
    }

    /** A new module at the end of the course, in folder {@code NN-id} (the next number). */
    static UnaryOperator<CourseContent> addModule(AuthorForm form, ScreensMsg words) {
        String id = id(form, "id", words);
        Text title = titles(form, words);
        return c -> {
            if (c.module(id).isPresent()) {
                throw new InvalidInput("id", words.id_taken());
            }
            List<ModuleContent> modules = new ArrayList<>(c.modules());
            String folder = String.format("%02d-%s", modules.size() + 1, id);
            modules.add(new ModuleContent(folder, id, title, new Text("", ""), List.of(), List.of(),
                    new QuizContent("quiz.yaml", 1, 80, 3, 0, List.of())));
            return new CourseContent(c.id(), c.title(), c.description(), List.copyOf(modules), c.assets());
        };
    }

    /** A new lesson at the end of a module, named {@code NN-id}; returns its name through {@code named}. */
    static UnaryOperator<CourseContent> addLesson(String moduleId, String name, AuthorForm form, ScreensMsg words) {
        Text title = titles(form, words);
        return ContentEdits.onModule(moduleId, m -> {
            if (m.lesson(name).isPresent()) {
                throw new InvalidInput("id", words.id_taken());
            }
            List<LessonContent> lessons = new ArrayList<>(m.lessons());
            lessons.add(new LessonContent(name, blank(title.en()), blank(title.fr())));
            return new ModuleContent(m.folder(), m.id(), m.title(), m.summary(), m.roles(), List.copyOf(lessons),
                    m.quiz(), m.jobAid());
        });
    }

    /** The file name of the next lesson of a module: its number, then the id the author chose. */
    static String lessonName(ModuleContent module, AuthorForm form, ScreensMsg words) {
        return String.format("%02d-%s", module.lessons().size() + 1, id(form, "id", words));
    }

    static String id(AuthorForm form, String field, ScreensMsg words) {
        String id = form.string(field).strip();
        if (!ID.matcher(id).matches()) {
            throw new InvalidInput(field, words.bad_id());
        }
        return id;
    }

    private static Text titles(AuthorForm form, ScreensMsg words) {
        Text title = form.text("title");
        if (title.en().isEmpty() || title.fr().isEmpty() || title.en().length() > 200 || title.fr().length() > 200) {
            throw new InvalidInput(title.en().isEmpty() || title.en().length() > 200 ? "title_en" : "title_fr",
                    words.titles_needed());
        }
        return title;
    }

    private static LessonText blank(String title) {
        return new LessonText(title, 5, false, null, null, "", null);
    }
}
