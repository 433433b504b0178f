package org.cthb.readiness.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.error.InvalidInput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of an attempt as the learner sees them. Each question's options are shown in the order drawn for the
 * attempt, and named on the page and in the API only by their position in that order ("1", "2", ...): the course's
 * own option ids (often "a" for the key) never leave the server, and since the order is new for every attempt a
 * position says nothing about which option is right.
 */
final class ShownOptions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, List<String>>> ORDER = new TypeReference<>() {
    };

    private final Map<String, List<String>> order;

    private ShownOptions(Map<String, List<String>> order) {
        this.order = order;
    }

    static ShownOptions of(QuizAttempt attempt) {
        if (attempt.optionOrder == null) {
            return new ShownOptions(Map.of());
        }
        try {
            return new ShownOptions(JSON.readValue(attempt.optionOrder, ORDER));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Option order of attempt " + attempt.id + " is unreadable", e);
        }
    }

    static String write(Map<String, List<String>> order) {
        try {
            return JSON.writeValueAsString(order);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The question's options in the order shown; the file order for an attempt drawn before shuffling. */
    List<CourseContent.OptionContent> shown(CourseContent.QuestionContent question) {
        List<String> ids = order.get(question.id());
        List<CourseContent.OptionContent> options = new ArrayList<>();
        if (ids != null && ids.size() == question.options().size()) {
            for (String id : ids) {
                question.options().stream().filter(o -> o.id().equals(id)).findFirst().ifPresent(options::add);
            }
        }
        return options.size() == question.options().size() ? options : question.options();
    }

    /** The position ("1"-based) an option is shown at. */
    String position(CourseContent.QuestionContent question, String optionId) {
        List<CourseContent.OptionContent> shown = shown(question);
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(optionId)) {
                return String.valueOf(i + 1);
            }
        }
        throw new IllegalStateException("Question " + question.id() + " has no option " + optionId);
    }

    /** The option ids behind positions a learner sent; a position that is not shown is refused, naming the range. */
    List<String> optionIds(CourseContent.QuestionContent question, List<String> positions) {
        List<CourseContent.OptionContent> shown = shown(question);
        List<String> ids = new ArrayList<>();
        for (String position : new HashSet<>(positions)) {
            int index;
            try {
                index = position == null ? -1 : Integer.parseInt(position.strip());
            } catch (NumberFormatException e) {
                index = -1;
            }
            if (index < 1 || index > shown.size()) {
                throw new InvalidInput("options", "option '" + position + "' does not exist in question "
                        + question.id() + ": options are numbered 1 to " + shown.size() + " as shown");
            }
            ids.add(shown.get(index - 1).id());
        }
        return ids;
    }
}
