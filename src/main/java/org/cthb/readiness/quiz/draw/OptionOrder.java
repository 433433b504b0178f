package org.cthb.readiness.quiz.draw;

import org.cthb.readiness.course.files.CourseContent;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The order a learner sees a question's options in. File order would let a program learn the key's position, so each
 * attempt shuffles (Fisher–Yates, every order equally likely); options the author pinned (such as "none of these")
 * stay last, in file order, since they read wrongly anywhere else.
 */
public final class OptionOrder {

    private OptionOrder() {
    }

    /** The option ids of {@code question} in a uniformly random order, pinned options last in file order. */
    public static List<String> forQuestion(CourseContent.QuestionContent question, RandomGenerator random) {
        List<String> free = new ArrayList<>();
        List<String> pinned = new ArrayList<>();
        for (CourseContent.OptionContent option : question.options()) {
            (option.pinned() ? pinned : free).add(option.id());
        }
        shuffle(free, random);
        free.addAll(pinned);
        return List.copyOf(free);
    }

    /** Fisher–Yates; {@code Collections.shuffle} takes only a {@code java.util.Random} on Java 17. */
    static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
