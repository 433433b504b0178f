package org.cthb.readiness.quiz;

import org.cthb.readiness.course.files.CourseContent.OptionContent;
import org.cthb.readiness.course.files.CourseContent.QuestionContent;
import org.cthb.readiness.course.files.QuestionType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Ways to answer a quiz without reading a lesson: each sees only what the page shows (the question and its options in
 * the order drawn) and, for the memoriser, what earlier results revealed. A strategy with nothing to say about a
 * question guesses at random.
 */
enum GuessStrategy {
    RANDOM("random"),
    LONGEST("longest"),
    LONGEST_FR("longest fr"),
    FIRST("first"),
    ALL_ON_MULTIPLE("all on multi"),
    ALWAYS_FALSE("always false"),
    MOST_SHARED_WORDS("shared words"),
    MEMORISER("memoriser");

    final String label;

    GuessStrategy(String label) {
        this.label = label;
    }

    /** What a learner remembers of earlier results: keys shown in full, and answers marked wrong. */
    static final class Memory {
        final Map<String, Set<String>> keys = new HashMap<>();
        final Map<String, Set<Set<String>>> wrong = new HashMap<>();
    }

    Set<String> answer(QuestionContent question, List<OptionContent> shown, Memory memory, RandomGenerator random) {
        boolean multiple = question.type() == QuestionType.MULTIPLE;
        return switch (this) {
            case LONGEST -> Set.of(longest(shown, "en").id());
            case LONGEST_FR -> Set.of(longest(shown, "fr").id());
            case FIRST -> Set.of(shown.get(0).id());
            case ALL_ON_MULTIPLE -> multiple ? ids(shown) : guess(question, shown, Set.of(), random);
            case ALWAYS_FALSE -> question.type() == QuestionType.TRUEFALSE ? Set.of("false")
                    : guess(question, shown, Set.of(), random);
            case MOST_SHARED_WORDS -> Set.of(mostShared(question, shown).id());
            case MEMORISER -> memory.keys.containsKey(question.id()) ? memory.keys.get(question.id())
                    : guess(question, shown, memory.wrong.getOrDefault(question.id(), Set.of()), random);
            case RANDOM -> guess(question, shown, Set.of(), random);
        };
    }

    /** A blind guess that avoids the answers already marked wrong: one option, or a non-empty set on multiple choice. */
    static Set<String> guess(QuestionContent question, List<OptionContent> shown, Set<Set<String>> markedWrong,
                             RandomGenerator random) {
        List<Set<String>> candidates = new ArrayList<>();
        if (question.type() == QuestionType.MULTIPLE) {
            for (int mask = 1; mask < 1 << shown.size(); mask++) {
                Set<String> chosen = new HashSet<>();
                for (int i = 0; i < shown.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        chosen.add(shown.get(i).id());
                    }
                }
                candidates.add(chosen);
            }
        } else {
            shown.forEach(o -> candidates.add(Set.of(o.id())));
        }
        candidates.removeAll(markedWrong);
        return candidates.isEmpty() ? Set.of(shown.get(0).id()) : candidates.get(random.nextInt(candidates.size()));
    }

    /** Ties go to the option shown first, which the shuffle makes a fair coin. */
    private static OptionContent longest(List<OptionContent> shown, String language) {
        return shown.stream().max(Comparator.comparingInt((OptionContent o) -> o.text().in(language).length())
                .thenComparing(o -> -shown.indexOf(o))).orElseThrow();
    }

    private static OptionContent mostShared(QuestionContent question, List<OptionContent> shown) {
        Set<String> asked = words(question.text().en() + " " + (question.scenario() == null ? ""
                : question.scenario().en()));
        return shown.stream().max(Comparator.comparingLong((OptionContent o) -> words(o.text().en()).stream()
                .filter(asked::contains).count()).thenComparing(o -> -shown.indexOf(o))).orElseThrow();
    }

    /** Words of four letters or more, so that "the" and "of" do not count as shared meaning. */
    static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4).collect(Collectors.toSet());
    }

    private static Set<String> ids(List<OptionContent> shown) {
        return shown.stream().map(OptionContent::id).collect(Collectors.toSet());
    }
}
