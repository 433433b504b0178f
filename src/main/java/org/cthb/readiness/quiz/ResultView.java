package org.cthb.readiness.quiz;

import java.util.List;

/** A submitted attempt: score against the pass mark, and per question every option with its feedback. */
public record ResultView(long attemptId, String courseId, int version, String moduleId, String moduleTitle,
                         int score, int passMark, boolean passed, int attemptNo, int attemptsAllowed,
                         List<QuestionResult> questions) {

    /** How one question was answered. */
    public record QuestionResult(String id, String paragraph, String scenario, String text, boolean correct,
                                 List<OptionResult> options) {
    }

    /** One option: was it right, was it chosen, and why. */
    public record OptionResult(String id, String text, boolean correct, boolean chosen, String feedback) {
    }
}
