package org.cthb.readiness.quiz;

import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.CourseContent.OptionContent;
import org.cthb.readiness.course.files.CourseContent.QuestionContent;
import org.cthb.readiness.course.files.CourseContent.QuizContent;
import org.cthb.readiness.quiz.draw.Disclosure;
import org.cthb.readiness.quiz.draw.OptionOrder;
import org.cthb.readiness.quiz.draw.QuestionDraw;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Simulated learners who never read a lesson, taking a module's quiz through the engine's own rules: the draw that
 * prefers unseen questions, options shuffled per attempt, grading, the pass mark and attempts of the module's
 * quiz.yaml, and only wrong marks revealed after a failure with attempts left (the full key after the last).
 */
final class Guesser {

    /** Fixed, so that the figures in the build log are the same on every run. */
    static final long SEED = 20261207L;
    static final int LEARNERS = 1_000;
    /** A later attempt's rate counts only once this many learners reach it, so a handful cannot decide it. */
    static final int MIN_REACHED = 100;

    /**
     * @param perAttempt the highest pass rate of any one attempt, among learners who reached it
     * @param withinAttempts the share of learners who passed within the quiz's attempts
     */
    record Figures(String module, GuessStrategy strategy, double perAttempt, double withinAttempts) {
    }

    private Guesser() {
    }

    static Figures run(CourseContent.ModuleContent module, GuessStrategy strategy) {
        QuizContent quiz = module.quiz();
        SplittableRandom random = new SplittableRandom(SEED ^ (module.id().hashCode() * 31L + strategy.ordinal()));
        int[] reached = new int[quiz.attempts()];
        int[] passed = new int[quiz.attempts()];
        int passedWithin = 0;
        for (int learner = 0; learner < LEARNERS; learner++) {
            int passedAt = learnerPasses(quiz, strategy, random);
            for (int attempt = 0; attempt < quiz.attempts() && (passedAt < 0 || attempt <= passedAt); attempt++) {
                reached[attempt]++;
            }
            if (passedAt >= 0) {
                passed[passedAt]++;
                passedWithin++;
            }
        }
        double perAttempt = 0;
        for (int attempt = 0; attempt < quiz.attempts(); attempt++) {
            if (attempt == 0 || reached[attempt] >= MIN_REACHED) {
                perAttempt = Math.max(perAttempt, (double) passed[attempt] / reached[attempt]);
            }
        }
        return new Figures(module.id(), strategy, perAttempt, (double) passedWithin / LEARNERS);
    }

    /** The attempt (0-based) at which one learner passes, or -1 when every allowed attempt fails. */
    private static int learnerPasses(QuizContent quiz, GuessStrategy strategy, SplittableRandom random) {
        Set<String> seen = new HashSet<>();
        GuessStrategy.Memory memory = new GuessStrategy.Memory();
        for (int attempt = 0; attempt < quiz.attempts(); attempt++) {
            List<QuestionContent> drawn = QuestionDraw.draw(quiz, seen, false, random);
            Map<QuestionContent, Set<String>> answers = new HashMap<>();
            long correct = 0;
            for (QuestionContent question : drawn) {
                Set<String> chosen = strategy.answer(question, shown(question, random), memory, random);
                answers.put(question, chosen);
                correct += Grading.isCorrect(question, chosen) ? 1 : 0;
                seen.add(question.id());
            }
            QuizAttempt graded = new QuizAttempt();
            graded.passMark = quiz.passMark();
            graded.grade(Grading.percent(correct, drawn.size()));
            if (graded.passed) {
                return attempt;
            }
            remember(answers, Disclosure.after(false, quiz.attempts() - attempt - 1), memory);
        }
        return -1;
    }

    private static List<OptionContent> shown(QuestionContent question, SplittableRandom random) {
        return OptionOrder.forQuestion(question, random).stream()
                .map(id -> question.options().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow())
                .toList();
    }

    /** What the result page told the learner: right or wrong per answer, and the key when it shows it. */
    private static void remember(Map<QuestionContent, Set<String>> answers, Disclosure disclosure,
                                 GuessStrategy.Memory memory) {
        answers.forEach((question, chosen) -> {
            if (disclosure.showsKey() || Grading.isCorrect(question, chosen)) {
                Set<String> key = new HashSet<>();
                question.options().stream().filter(OptionContent::correct).forEach(o -> key.add(o.id()));
                memory.keys.put(question.id(), disclosure.showsKey() ? key : Set.copyOf(chosen));
            } else {
                memory.wrong.computeIfAbsent(question.id(), id -> new HashSet<>()).add(Set.copyOf(chosen));
            }
        });
    }
}
