package org.cthb.readiness.quiz.draw;

import org.cthb.readiness.course.files.CourseContent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Which questions an attempt asks, by blueprint (Moodle's "random question from category", with a spread): questions
 * the learner has not seen come first, so retrying does not replay a memorised pool; at least one scenario when the
 * pool has one, since scenarios test applying the policy rather than recalling it; and otherwise a spread over the
 * module's policy paragraphs, so one paragraph never fills an attempt. A learner who chose the non-graphic
 * alternative of a lesson is never asked a question that needs its graphic version.
 */
public final class QuestionDraw {

    private QuestionDraw() {
    }

    /**
     * Draws {@code quiz.draw()} questions (fewer only when fewer are eligible), in a random order.
     *
     * @param seenQuestionIds   questions the learner was asked in earlier attempts
     * @param alternativeChosen whether the learner took the non-graphic alternative of a lesson of this module
     */
    public static List<CourseContent.QuestionContent> draw(CourseContent.QuizContent quiz, Set<String> seenQuestionIds,
                                                           boolean alternativeChosen, RandomGenerator random) {
        List<CourseContent.QuestionContent> candidates = new ArrayList<>();
        for (CourseContent.QuestionContent question : quiz.questions()) {
            if (!(alternativeChosen && question.graphicOnly())) {
                candidates.add(question);
            }
        }
        // a random order first, so that every tie below is broken at random (the sorts are stable)
        OptionOrder.shuffle(candidates, random);
        int wanted = Math.min(quiz.draw(), candidates.size());
        List<CourseContent.QuestionContent> drawn = new ArrayList<>(wanted);
        Map<String, Integer> perParagraph = new HashMap<>();
        Comparator<CourseContent.QuestionContent> unseenFirst =
                Comparator.comparing(q -> seenQuestionIds.contains(q.id()));
        if (wanted > 0) {
            candidates.stream().filter(CourseContent.QuestionContent::askedAsScenario).min(unseenFirst)
                    .ifPresent(scenario -> take(scenario, candidates, drawn, perParagraph));
        }
        while (drawn.size() < wanted) {
            CourseContent.QuestionContent next = candidates.stream()
                    .min(unseenFirst.thenComparing(q -> perParagraph.getOrDefault(q.paragraph(), 0)))
                    .orElseThrow();
            take(next, candidates, drawn, perParagraph);
        }
        OptionOrder.shuffle(drawn, random);
        return List.copyOf(drawn);
    }

    private static void take(CourseContent.QuestionContent question, List<CourseContent.QuestionContent> candidates,
                             List<CourseContent.QuestionContent> drawn, Map<String, Integer> perParagraph) {
        candidates.remove(question);
        drawn.add(question);
        perParagraph.merge(question.paragraph(), 1, Integer::sum);
    }
}
