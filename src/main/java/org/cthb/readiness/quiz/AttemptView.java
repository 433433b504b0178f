package org.cthb.readiness.quiz;

import java.util.List;

/**
 * An attempt as the learner sees it while answering: the drawn questions and their options in the order drawn for
 * this attempt, the answers saved so far, and never which options are correct. Options are named by their position
 * ("1", "2", ...) in that order, never by their id in the course, and answers are saved by position.
 */
public record AttemptView(long id, String courseId, int version, String moduleId, String moduleTitle, int attemptNo,
                          int attemptsAllowed, int passMark, boolean submitted, List<QuestionView> questions) {

    /** A question without its answer; {@code contentNote} warns of sensitive material, when the author set one. */
    public record QuestionView(String id, String type, boolean multipleAnswers, String contentNote, String scenario,
                               String text, List<OptionView> options, List<String> chosen) {
    }

    /** An option without its correctness: {@code id} is its position as shown. */
    public record OptionView(String id, String text) {
    }

    public int answered() {
        return (int) questions.stream().filter(q -> !q.chosen().isEmpty()).count();
    }
}
