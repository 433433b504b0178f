package org.cthb.readiness.authoring;

import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.CourseContent.ModuleContent;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/** The edits the course and module forms make. */
final class CourseEdits {

    private CourseEdits() {
    }

    static UnaryOperator<CourseContent> details(AuthorForm form) {
        return c -> new CourseContent(c.id(), form.text("title", c.title()),
                form.text("description", c.description()), c.modules(), c.assets());
    }

    static UnaryOperator<CourseContent> module(String moduleId, AuthorForm form) {
        List<String> roles = Arrays.stream(form.string("roles").split("[,\\s]+")).map(String::strip)
                .filter(r -> !r.isEmpty()).toList();
        return ContentEdits.onModule(moduleId, m -> new ModuleContent(m.folder(), m.id(), form.text("title", m.title()),
                form.text("summary", m.summary()), roles, m.lessons(), m.quiz(), m.jobAid()));
    }
}
