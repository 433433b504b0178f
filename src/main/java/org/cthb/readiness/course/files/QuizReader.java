package org.cthb.readiness.course.files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads quiz.yaml and checks the rules that keep a quiz fair: a drawable pool, a sane pass mark, answerable questions. */
final class QuizReader {

    private static final Set<String> QUIZ_KEYS = Set.of("draw", "passMark", "attempts", "cooldownMinutes", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "type", "paragraph", "scenario", "text", "options",
            "graphicOnly", "contentNote", "teachingPoint", "lesson");
    private static final Set<String> OPTION_KEYS = Set.of("id", "correct", "text", "feedback", "pinned");

    private QuizReader() {
    }

    static Optional<CourseContent.QuizContent> read(String file, String fileName, CourseFolder files,
                                                   Problems problems) {
        return read(file, fileName, files, problems, null);
    }

    /** @param lessonNames the module's lessons, which a question's {@code lesson} must name; null: not checked */
    static Optional<CourseContent.QuizContent> read(String file, String fileName, CourseFolder files,
                                                   Problems problems, List<String> lessonNames) {
        int before = problems.count();
        Optional<YamlMap> parsed = files.read(file).flatMap(yaml -> YamlMap.parse(file, yaml, 0, problems));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap quiz = parsed.get();
        quiz.allowOnly(QUIZ_KEYS);
        quiz.require("draw", "passMark", "attempts", "cooldownMinutes", "questions");
        List<CourseContent.QuestionContent> questions = questions(quiz, problems, lessonNames);
        Integer draw = quiz.integer("draw");
        Integer passMark = quiz.integer("passMark");
        Integer attempts = quiz.integer("attempts");
        Integer cooldown = quiz.integer("cooldownMinutes");
        if (draw != null && draw < 1) {
            problems.add(file, quiz.lineOf("draw"), "draw must be at least 1");
        } else if (draw != null && draw > questions.size() && quiz.has("questions")) {
            problems.add(file, quiz.lineOf("draw"), "draw " + draw + " is larger than the pool of "
                    + questions.size() + " questions");
        }
        long withoutGraphic = questions.stream().filter(q -> !q.graphicOnly()).count();
        if (draw != null && draw >= 1 && draw <= questions.size() && withoutGraphic < draw) {
            // a learner who read the non-graphic alternative is never drawn those: they would get a short attempt
            problems.add(file, quiz.lineOf("draw"), "draw " + draw + " is larger than the " + withoutGraphic
                    + " questions without graphicOnly, from which a learner who chose the non-graphic alternative "
                    + "is drawn");
        }
        if (passMark != null && (passMark < 1 || passMark > 100)) {
            problems.add(file, quiz.lineOf("passMark"), "passMark must be between 1 and 100, not " + passMark);
        }
        if (attempts != null && attempts < 1) {
            problems.add(file, quiz.lineOf("attempts"), "attempts must be at least 1");
        }
        if (cooldown != null && cooldown < 0) {
            problems.add(file, quiz.lineOf("cooldownMinutes"), "cooldownMinutes must be 0 or more");
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        CourseContent.QuizContent content = new CourseContent.QuizContent(fileName, draw, passMark, attempts, cooldown,
                questions);
        QuizLint.check(quiz, content, problems);
        return Optional.of(content);
    }

    private static List<CourseContent.QuestionContent> questions(YamlMap quiz, Problems problems,
                                                                 List<String> lessonNames) {
        List<CourseContent.QuestionContent> questions = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (YamlMap question : quiz.maps("questions")) {
            CourseContent.QuestionContent read = question(question, problems, lessonNames);
            if (read == null) {
                continue;
            }
            Integer first = firstLine.putIfAbsent(read.id(), question.line());
            if (first != null) {
                problems.add(quiz.file(), question.line(), "duplicate question id '" + read.id()
                        + "' (first at line " + first + ")");
            }
            questions.add(read);
        }
        return questions;
    }

    private static CourseContent.QuestionContent question(YamlMap question, Problems problems,
                                                          List<String> lessonNames) {
        question.allowOnly(QUESTION_KEYS);
        question.require("id", "type", "paragraph", "text", "options");
        String id = question.string("id");
        String typeName = question.string("type");
        Optional<QuestionType> type = QuestionType.fromFile(typeName);
        if (typeName != null && type.isEmpty()) {
            problems.add(question.file(), question.lineOf("type"), "unknown question type '" + typeName
                    + "' (single, multiple, truefalse or scenario)");
        }
        Text scenario = question.has("scenario") ? question.text("scenario") : null;
        if (type.orElse(null) == QuestionType.SCENARIO && !question.has("scenario")) {
            problems.add(question.file(), question.line(), "scenario question " + id + " needs a scenario");
        } else if (type.isPresent() && type.get() != QuestionType.SCENARIO && question.has("scenario")) {
            problems.add(question.file(), question.lineOf("scenario"), "only scenario questions have a scenario");
        }
        String paragraph = question.string("paragraph");
        Text text = question.text("text");
        List<CourseContent.OptionContent> options = options(question, id, problems);
        type.ifPresent(t -> OptionRules.check(question, id, t, options, problems));
        boolean graphicOnly = question.has("graphicOnly") && Boolean.TRUE.equals(question.bool("graphicOnly"));
        Text contentNote = question.has("contentNote") ? question.text("contentNote") : null;
        Text teachingPoint = question.has("teachingPoint") ? question.text("teachingPoint") : null;
        String lesson = question.has("lesson") ? question.string("lesson") : null;
        if (lesson != null && lessonNames != null && !lessonNames.contains(lesson)) {
            problems.add(question.file(), question.lineOf("lesson"), "question " + id + " names lesson '" + lesson
                    + "', which the module does not list (one of " + lessonNames + ")");
        }
        if (id == null || type.isEmpty()) {
            return null;
        }
        return new CourseContent.QuestionContent(id, type.get(), paragraph, scenario, text, options, graphicOnly,
                contentNote, teachingPoint, lesson);
    }

    private static List<CourseContent.OptionContent> options(YamlMap question, String questionId, Problems problems) {
        List<CourseContent.OptionContent> options = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (YamlMap option : question.maps("options")) {
            option.allowOnly(OPTION_KEYS);
            option.require("id", "text");
            String id = option.string("id");
            boolean correct = option.has("correct") && Boolean.TRUE.equals(option.bool("correct"));
            boolean pinned = option.has("pinned") && Boolean.TRUE.equals(option.bool("pinned"));
            Text text = option.text("text");
            if (!option.has("feedback")) {
                problems.add(option.file(), option.line(), "option " + id + " of question " + questionId
                        + " has no feedback");
            }
            Text feedback = option.has("feedback") ? option.text("feedback") : null;
            if (id != null && firstLine.putIfAbsent(id, option.line()) != null) {
                problems.add(option.file(), option.line(), "duplicate option id '" + id + "' in question " + questionId);
            }
            options.add(new CourseContent.OptionContent(id, correct, text, feedback, pinned));
        }
        return options;
    }
}
