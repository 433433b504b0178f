package org.cthb.readiness.quiz;

import org.cthb.readiness.course.files.CourseContent;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** How an answer is judged: exactly the correct options, no more and no fewer. */
public final class Grading {

    private Grading() {
    }

    public static boolean isCorrect(CourseContent.QuestionContent question, Collection<String> chosen) {
        Set<String> correct = question.options().stream().filter(CourseContent.OptionContent::correct)
                .map(CourseContent.OptionContent::id).collect(Collectors.toSet());
        return !chosen.isEmpty() && correct.equals(Set.copyOf(chosen));
    }

    /** The score in percent, rounded down, so that a pass is never rounded into being. */
    public static int percent(long correct, int asked) {
        return asked == 0 ? 0 : (int) (correct * 100 / asked);
    }
}
