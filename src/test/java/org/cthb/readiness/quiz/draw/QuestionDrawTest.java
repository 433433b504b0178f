package org.cthb.readiness.quiz.draw;

import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.QuestionType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionDrawTest {

    /** 15 questions over 5 paragraphs (3 each), one scenario (s1, paragraph 25), one graphic-only (g1). */
    static List<CourseContent.QuestionContent> pool() {
        List<CourseContent.QuestionContent> pool = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            pool.add(DrawFixtures.single("q" + i, String.valueOf(10 + (i % 5))));
        }
        pool.add(DrawFixtures.question("s1", QuestionType.SCENARIO, "25", false, DrawFixtures.options(4)));
        pool.add(DrawFixtures.question("g1", QuestionType.SINGLE, "14", true, DrawFixtures.options(4)));
        return pool;
    }

    static Set<String> ids(List<CourseContent.QuestionContent> questions) {
        return questions.stream().map(CourseContent.QuestionContent::id).collect(Collectors.toSet());
    }

    @Test
    void drawsTheQuizSizeWithoutRepeats() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 200; i++) {
            List<CourseContent.QuestionContent> drawn = QuestionDraw.draw(DrawFixtures.quiz(5, pool()), Set.of(), false,
                    random);
            assertThat(drawn).hasSize(5);
            assertThat(ids(drawn)).hasSize(5);
        }
    }

    @Test
    void alwaysDrawsTheScenarioWhenThePoolHasOne() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 200; i++) {
            // even when the learner has seen it already and unseen questions would fill the attempt
            assertThat(ids(QuestionDraw.draw(DrawFixtures.quiz(5, pool()), Set.of("s1"), false, random)))
                    .contains("s1");
        }
    }

    @Test
    void prefersQuestionsTheLearnerHasNotSeen() {
        SplittableRandom random = new SplittableRandom(3);
        List<CourseContent.QuestionContent> pool = pool();
        CourseContent.QuizContent quiz = DrawFixtures.quiz(5, pool);
        Set<String> seen = new HashSet<>();
        for (int attempt = 1; attempt <= 3; attempt++) {
            Set<String> drawn = ids(QuestionDraw.draw(quiz, seen, false, random));
            Set<String> repeated = new HashSet<>(drawn);
            repeated.retainAll(seen);
            // 15 questions, 5 per attempt: three attempts never repeat anything but the one scenario
            repeated.remove("s1");
            assertThat(repeated).as("attempt %d repeated", attempt).isEmpty();
            seen.addAll(drawn);
        }
        assertThat(seen).hasSize(13);
        // a fourth attempt has to repeat, but still draws a full attempt
        assertThat(QuestionDraw.draw(quiz, seen, false, random)).hasSize(5);
    }

    @Test
    void spreadsOverParagraphs() {
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 200; i++) {
            List<CourseContent.QuestionContent> drawn = QuestionDraw.draw(DrawFixtures.quiz(5, pool()), Set.of(), false,
                    random);
            Map<String, Long> perParagraph = drawn.stream().collect(Collectors.groupingBy(
                    CourseContent.QuestionContent::paragraph, Collectors.counting()));
            // 6 paragraphs in the pool, 5 questions: no paragraph twice
            assertThat(perParagraph.values()).allMatch(n -> n == 1);
        }
    }

    @Test
    void neverDrawsAGraphicOnlyQuestionForALearnerWhoChoseTheAlternative() {
        SplittableRandom random = new SplittableRandom(5);
        boolean drawnForGraphicLearner = false;
        for (int i = 0; i < 300; i++) {
            assertThat(ids(QuestionDraw.draw(DrawFixtures.quiz(5, pool()), Set.of(), true, random))).doesNotContain("g1");
            drawnForGraphicLearner |= ids(QuestionDraw.draw(DrawFixtures.quiz(5, pool()), Set.of(), false, random))
                    .contains("g1");
        }
        assertThat(drawnForGraphicLearner).as("g1 is drawn for the others").isTrue();
    }

    @Test
    void everyQuestionGetsDrawnAndTheOrderVaries() {
        SplittableRandom random = new SplittableRandom(6);
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstPosition = new HashMap<>();
        for (int i = 0; i < 3000; i++) {
            List<CourseContent.QuestionContent> drawn = QuestionDraw.draw(DrawFixtures.quiz(5, pool()), Set.of(), false,
                    random);
            drawn.forEach(q -> counts.merge(q.id(), 1, Integer::sum));
            firstPosition.merge(drawn.get(0).id(), 1, Integer::sum);
        }
        assertThat(counts).hasSize(15);
        // the scenario is not always first
        assertThat(firstPosition.getOrDefault("s1", 0)).isLessThan(1500);
    }

    @Test
    void theSameSeedDrawsTheSameQuestions() {
        CourseContent.QuizContent quiz = DrawFixtures.quiz(5, pool());
        assertThat(QuestionDraw.draw(quiz, Set.of("q1"), false, new SplittableRandom(42)))
                .isEqualTo(QuestionDraw.draw(quiz, Set.of("q1"), false, new SplittableRandom(42)));
    }

    @Test
    void aPoolWithoutScenarioOrSmallerThanTheDrawStillDraws() {
        List<CourseContent.QuestionContent> small = List.of(DrawFixtures.single("a", "1"),
                DrawFixtures.question("g", QuestionType.SINGLE, "1", true, DrawFixtures.options(2)));
        assertThat(ids(QuestionDraw.draw(DrawFixtures.quiz(2, small), Set.of(), true, new SplittableRandom(1))))
                .containsExactly("a");
        assertThat(ids(QuestionDraw.draw(DrawFixtures.quiz(2, small), Set.of(), false, new SplittableRandom(1))))
                .containsExactlyInAnyOrder("a", "g");
    }
}
