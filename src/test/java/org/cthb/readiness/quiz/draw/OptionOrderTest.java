package org.cthb.readiness.quiz.draw;

import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.QuestionType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class OptionOrderTest {

    @Test
    void everyOrderOfFourOptionsIsAboutEquallyLikely() {
        CourseContent.QuestionContent question = DrawFixtures.single("q", "4");
        SplittableRandom random = new SplittableRandom(17);
        Map<List<String>, Integer> counts = new HashMap<>();
        int runs = 24_000;
        for (int i = 0; i < runs; i++) {
            counts.merge(OptionOrder.forQuestion(question, random), 1, Integer::sum);
        }
        // all 24 permutations occur; chi-square with 23 degrees of freedom stays under 49.7 (p = 0.001)
        assertThat(counts).hasSize(24);
        double expected = runs / 24.0;
        double chiSquare = counts.values().stream().mapToDouble(c -> (c - expected) * (c - expected) / expected).sum();
        assertThat(chiSquare).isLessThan(49.7);
    }

    @Test
    void theCorrectOptionIsFirstAboutAQuarterOfTheTime() {
        CourseContent.QuestionContent question = DrawFixtures.single("q", "4");
        SplittableRandom random = new SplittableRandom(3);
        int first = 0;
        for (int i = 0; i < 4000; i++) {
            if (OptionOrder.forQuestion(question, random).get(0).equals("a")) {
                first++;
            }
        }
        assertThat(first).isBetween(900, 1100);
    }

    @Test
    void pinnedOptionsStayLastInFileOrder() {
        CourseContent.QuestionContent question = DrawFixtures.question("q", QuestionType.SINGLE, "4", false,
                DrawFixtures.options(3)[0], DrawFixtures.pinned("none"), DrawFixtures.options(3)[1],
                DrawFixtures.pinned("all"), DrawFixtures.options(3)[2]);
        SplittableRandom random = new SplittableRandom(5);
        Map<String, Integer> firstSeen = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            List<String> order = OptionOrder.forQuestion(question, random);
            assertThat(order).hasSize(5).containsExactlyInAnyOrder("a", "b", "c", "none", "all");
            assertThat(order.subList(3, 5)).containsExactly("none", "all");
            firstSeen.merge(order.get(0), 1, Integer::sum);
        }
        assertThat(firstSeen.keySet()).containsExactlyInAnyOrder("a", "b", "c");
    }
}
