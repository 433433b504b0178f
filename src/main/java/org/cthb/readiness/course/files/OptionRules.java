package org.cthb.readiness.course.files;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What makes a question answerable: enough options, and the right number of correct ones for its type. */
final class OptionRules {

    private OptionRules() {
    }

    static void check(YamlMap question, String id, QuestionType type, List<CourseContent.OptionContent> options,
                      Problems problems) {
        if (!question.has("options")) {
            return;
        }
        long correct = options.stream().filter(CourseContent.OptionContent::correct).count();
        int line = question.lineOf("options");
        if (type == QuestionType.TRUEFALSE) {
            Set<String> ids = options.stream().map(CourseContent.OptionContent::id).collect(Collectors.toSet());
            if (options.size() != 2 || !ids.equals(Set.of("true", "false"))) {
                problems.add(question.file(), line, "true/false question " + id
                        + " must have exactly two options, ids 'true' and 'false'");
                return;
            }
        }
        if (options.size() < 2) {
            problems.add(question.file(), line, "question " + id + " needs at least two options");
        }
        if (correct == 0) {
            problems.add(question.file(), line, "question " + id + " has no correct option");
        } else if (correct > 1 && type.singleAnswer()) {
            problems.add(question.file(), line, type.fileName() + " question " + id
                    + " must have exactly one correct option, not " + correct);
        }
    }
}
