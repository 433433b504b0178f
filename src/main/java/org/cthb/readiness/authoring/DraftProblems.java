package org.cthb.readiness.authoring;

import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.CourseContent.LessonContent;
import org.cthb.readiness.course.files.CourseContent.ModuleContent;
import org.cthb.readiness.course.files.CourseWriter;
import org.cthb.readiness.course.files.FileProblem;
import org.cthb.readiness.web.Msg;
import org.cthb.readiness.web.ScreensMsg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the validator's {@code file:line: message} problems into places and sentences an author knows: which page of
 * the editor (course details, a module, its quiz, a question, a lesson in one language), which field, and what to do.
 * A message this does not know is shown as the validator wrote it, at the right page all the same.
 */
final class DraftProblems {

    private static final Pattern QUESTION = Pattern.compile("(?:question|true/false question|\\w+ question) ([\\w-]+)");
    private static final Pattern KEY_FIRST = Pattern.compile("^(\\w+)(?::| must| is)");
    private static final Pattern RANGE = Pattern.compile("^(\\w+) must be between (\\d+) and (\\d+), not (.+)$");
    private static final Pattern AT_LEAST = Pattern.compile("^(\\w+) must be (?:at least (\\d+)|(0) or more)$");
    private static final Pattern NUMBER = Pattern.compile("^(\\w+) must be a whole number, not '(.*)'$");
    private static final Pattern DRAW = Pattern.compile("^draw (\\d+) is larger than the pool of (\\d+).*");
    /** A question's first line in the quiz file: its entry in the list of questions, at the left margin. */
    private static final Pattern QUESTION_LINE = Pattern.compile("^- id: \"?([^\"]+)\"?\\s*$");
    private static final Pattern UNKNOWN_ROLE = Pattern.compile("^unknown role '([^']*)'.*");

    private final String courseId;
    private final CourseContent content;
    private final Msg msg;
    private final ScreensMsg screens;
    private final String lang;

    DraftProblems(String courseId, CourseContent content, Msg msg, ScreensMsg screens, String lang) {
        this.courseId = courseId;
        this.content = content;
        this.msg = msg;
        this.screens = screens;
        this.lang = lang;
    }

    List<AuthorProblem> of(List<FileProblem> problems) {
        List<AuthorProblem> out = new ArrayList<>();
        for (FileProblem problem : problems) {
            out.add(of(problem));
        }
        return out;
    }

    AuthorProblem of(FileProblem problem) {
        String file = problem.file().startsWith(courseId + "/") ? problem.file().substring(courseId.length() + 1)
                : problem.file();
        String message = problem.message();
        int slash = file.indexOf('/');
        Optional<ModuleContent> module = slash < 0 ? Optional.empty()
                : content.modules().stream().filter(m -> m.folder().equals(file.substring(0, slash))).findFirst();
        if (module.isEmpty()) {
            String field = fieldOf(message, Map.of("title", "title_en", "description", "description_en"));
            return new AuthorProblem(screens.place_course(), words(message, field), DraftLinks.draft(courseId), field);
        }
        ModuleContent m = module.get();
        String title = m.title().in(lang);
        String name = file.substring(slash + 1);
        String modulePage = DraftLinks.module(courseId, m.id());
        if (name.equals("module.yaml")) {
            String field = fieldOf(message, Map.of("title", "title_en", "summary", "summary_en", "roles", "roles"));
            return new AuthorProblem(screens.place_module(title), words(message, field), modulePage, field);
        }
        if (name.equals(m.quiz().file())) {
            Matcher question = QUESTION.matcher(message);
            String id = question.find() && m.quiz().question(question.group(1)).isPresent() ? question.group(1)
                    : questionAtLine(m, problem.line());
            if (id != null) {
                return new AuthorProblem(screens.place_question(id, title), words(message, null),
                        modulePage + "/questions/" + id, null);
            }
            String field = fieldOf(message, Map.of("draw", "draw", "passMark", "passMark", "attempts", "attempts",
                    "cooldownMinutes", "cooldownMinutes"));
            return new AuthorProblem(screens.place_quiz(title), words(message, field), modulePage + "/quiz", field);
        }
        for (LessonContent lesson : m.lessons()) {
            for (String language : List.of("en", "fr")) {
                CourseContent.LessonText text = lesson.in(language);
                boolean main = name.equals(lesson.name() + "." + language + ".md");
                boolean alternative = text.alternativePath() != null && name.equals(text.alternativePath());
                if (main || alternative) {
                    String field = alternative ? language + "_alt_markdown"
                            : fieldOf(message, Map.of("title", language + "_title", "minutes", language + "_minutes",
                            "contentNote", language + "_contentNote", "alternative", language + "_alt_markdown"));
                    if (field == null) {
                        field = language + "_markdown";
                    }
                    String where = screens.place_lesson(lesson.in(lang).title(),
                            "fr".equals(language) ? screens.language_fr() : screens.language_en());
                    return new AuthorProblem(where, words(message, field), modulePage + "/lessons/" + lesson.name(),
                            field);
                }
            }
        }
        return new AuthorProblem(screens.place_module(title), message, modulePage, null);
    }

    /**
     * The question whose entry holds a line of the quiz file (the draft's files are written from its content, so
     * the same writing gives the same lines); null for a line of the quiz's own settings.
     */
    private static String questionAtLine(ModuleContent module, int line) {
        String[] lines = CourseWriter.quizFile(module.quiz()).split("\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher id = QUESTION_LINE.matcher(lines[i]);
            if (id.matches()) {
                return id.group(1);
            }
        }
        return null;
    }

    /** The form field a message is about, from the key it starts with (as the validator names YAML keys). */
    private static String fieldOf(String message, Map<String, String> fields) {
        if (message.startsWith("a sensitive lesson needs a contentNote")) {
            return fields.get("contentNote");
        }
        if (message.startsWith("a sensitive lesson needs an alternative")) {
            return fields.get("alternative");
        }
        if (message.startsWith("unknown role") || message.startsWith("roles ")) {
            return fields.get("roles");
        }
        Matcher key = KEY_FIRST.matcher(message);
        if (key.find()) {
            return fields.get(key.group(1));
        }
        Matcher draw = DRAW.matcher(message);
        return draw.matches() ? fields.get("draw") : null;
    }

    /** The validator's sentence in the author's words and language, naming the field as the form labels it. */
    private String words(String message, String field) {
        String label = label(field);
        Matcher m;
        if ((m = RANGE.matcher(message)).matches()) {
            return screens.problem_range(label(m.group(1), label), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), m.group(4));
        }
        if ((m = AT_LEAST.matcher(message)).matches()) {
            return screens.problem_at_least(label(m.group(1), label), m.group(2) != null ? Integer.parseInt(m.group(2)) : 0);
        }
        if ((m = NUMBER.matcher(message)).matches()) {
            return screens.problem_number(label(m.group(1), label), m.group(2));
        }
        if ((m = DRAW.matcher(message)).matches()) {
            return screens.problem_draw(m.group(1), m.group(2));
        }
        if ((m = UNKNOWN_ROLE.matcher(message)).matches()) {
            return screens.problem_unknown_role(m.group(1));
        }
        if (message.startsWith("roles must name at least one role")) {
            return screens.problem_roles_empty();
        }
        if (message.startsWith("a sensitive lesson needs a contentNote")) {
            return screens.problem_content_note();
        }
        if (message.startsWith("a sensitive lesson needs an alternative")) {
            return screens.problem_alternative();
        }
        if (message.equals("en must be a non-empty text") || message.equals("fr must be a non-empty text")) {
            return screens.problem_language_empty(message.startsWith("fr") ? screens.language_fr()
                    : screens.language_en());
        }
        if (message.endsWith("must have an English (en) and a French (fr) text")) {
            return screens.problem_both_languages(label(message.split(" ")[0], label));
        }
        if (message.endsWith("must be a non-empty text")) {
            return screens.problem_empty(label(message.split(" ")[0], label));
        }
        Matcher question = QUESTION.matcher(message);
        if (question.find()) {
            if (message.endsWith("has no correct option")) {
                return screens.problem_no_correct(question.group(1));
            }
            if (message.endsWith("needs at least two options")) {
                return screens.problem_two_options(question.group(1));
            }
        }
        return message;
    }

    private String label(String key, String fallback) {
        String known = label(key);
        return known != null ? known : fallback != null ? fallback : key;
    }

    /** The label the editing form shows for a field id or a validator key. */
    private String label(String fieldOrKey) {
        if (fieldOrKey == null) {
            return null;
        }
        String key = fieldOrKey.replaceFirst("^(en|fr)_", "").replaceFirst("_en$|_fr$", "");
        Map<String, Function<Msg, String>> labels = Map.of("title", Msg::author_field_title,
                "description", Msg::author_field_description, "summary", Msg::author_field_summary,
                "roles", Msg::author_field_roles, "draw", Msg::author_draw, "passMark", Msg::author_pass_mark,
                "attempts", Msg::author_attempts, "cooldownMinutes", Msg::author_cooldown,
                "minutes", Msg::author_minutes, "contentNote", Msg::content_note);
        Function<Msg, String> label = labels.get(key);
        return label == null ? null : label.apply(msg);
    }
}
