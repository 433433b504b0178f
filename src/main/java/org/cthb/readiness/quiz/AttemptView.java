package org.cthb.readiness.quiz;

import java.util.List;

/**
 * An attempt as the learner sees it while answering: the drawn questions and their options, the answers saved
 * so far, and never which options are correct.
 */
public record AttemptView(long id, String courseId, int version, String moduleId, String moduleTitle, int attemptNo,
                          int attemptsAllowed, int passMark, boolean submitted, List<QuestionView> questions) {

    /** A question without its answer. */
    public record QuestionView(String id, String type, boolean multipleAnswers, String scenario, String text,
                               List<OptionView> options, List<String> chosen) {
    }

    /** An option without its correctness. */
    public record OptionView(String id, String text) {
    }

    public int answered() {
        return (int) questions.stream().filter(q -> !q.chosen().isEmpty()).count();
    }
}
