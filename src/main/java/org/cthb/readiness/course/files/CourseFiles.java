package org.cthb.readiness.course.files;

import java.util.LinkedHashMap;

import java.util.Map;

/** The YAML documents of the file format, built from content with keys in the order the format documents. */
final class CourseFiles {

    private CourseFiles() {
    }

    static Map<String, Object> course(CourseContent course) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", course.id());
        yaml.put("title", text(course.title()));
        yaml.put("description", text(course.description()));
        yaml.put("modules", course.modules().stream().map(CourseContent.ModuleContent::folder).toList());
        return yaml;
    }

    static Map<String, Object> module(CourseContent.ModuleContent module) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", module.id());
        yaml.put("title", text(module.title()));
        yaml.put("summary", text(module.summary()));
        yaml.put("roles", module.roles());
        yaml.put("lessons", module.lessons().stream().map(CourseContent.LessonContent::name).toList());
        yaml.put("quiz", module.quiz().file());
        if (module.jobAid() != null) {
            yaml.put("jobAid", module.jobAid().name());
        }
        return yaml;
    }

    static Map<String, Object> quiz(CourseContent.QuizContent quiz) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("draw", quiz.draw());
        yaml.put("passMark", quiz.passMark());
        yaml.put("attempts", quiz.attempts());
        yaml.put("cooldownMinutes", quiz.cooldownMinutes());
        yaml.put("questions", quiz.questions().stream().map(CourseFiles::question).toList());
        return yaml;
    }

    private static Map<String, Object> question(CourseContent.QuestionContent question) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", question.id());
        yaml.put("type", question.type().fileName());
        yaml.put("paragraph", question.paragraph());
        if (question.scenario() != null) {
            yaml.put("scenario", text(question.scenario()));
        }
        if (question.contentNote() != null) {
            yaml.put("contentNote", text(question.contentNote()));
        }
        yaml.put("text", text(question.text()));
        if (question.graphicOnly()) {
            yaml.put("graphicOnly", true);
        }
        if (question.teachingPoint() != null) {
            yaml.put("teachingPoint", text(question.teachingPoint()));
        }
        if (question.lesson() != null) {
            yaml.put("lesson", question.lesson());
        }
        yaml.put("options", question.options().stream().map(CourseFiles::option).toList());
        return yaml;
    }

    private static Map<String, Object> option(CourseContent.OptionContent option) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", option.id());
        yaml.put("correct", option.correct());
        yaml.put("text", text(option.text()));
        yaml.put("feedback", text(option.feedback()));
        if (option.pinned()) {
            yaml.put("pinned", true);
        }
        return yaml;
    }

    private static Map<String, String> text(Text text) {
        Map<String, String> yaml = new LinkedHashMap<>();
        yaml.put("en", text.en());
        yaml.put("fr", text.fr());
        yaml.putAll(text.others());
        return yaml;
    }

}
