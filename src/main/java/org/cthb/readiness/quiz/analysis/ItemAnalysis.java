package org.cthb.readiness.quiz.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Item analysis of one course version: every question of every quiz, the most often failed first. */
@Schema(description = "Item analysis of a course version from its submitted quiz attempts. Questions come sorted by "
        + "facility, lowest (most often failed) first; questions no submitted attempt drew come last.")
public record ItemAnalysis(
        String courseId,
        int version,
        @Schema(description = "Language of the question and option texts: en or fr") String language,
        @Schema(description = "Discrimination is given only from this many attempts of a question on")
        int minimumAttempts,
        @Schema(description = "How discrimination is computed") String discriminationMethod,
        List<Item> items) {

    public static final String METHOD = "Point-biserial correlation between the item score (1 right, 0 wrong or "
            + "unanswered) and the rest-of-quiz score (right answers to the other questions of the same attempt)";

    /** One question's statistics. */
    @Schema(name = "ItemAnalysisItem")
    public record Item(
            String moduleId,
            String moduleTitle,
            String questionId,
            @Schema(description = "single, multiple, truefalse or scenario") String type,
            @Schema(description = "The policy paragraph the question tests") String paragraph,
            String scenario,
            String text,
            @Schema(description = "Submitted attempts that drew the question") long attempts,
            @Schema(description = "Of those, answered exactly right") long correct,
            @Schema(description = "Of those, left unanswered (counted wrong)") long unanswered,
            @Schema(description = "Percent of attempts answered right, one decimal; null without attempts")
            Double facility,
            @Schema(description = "Point-biserial, -1 to 1, three decimals; null with a reason when it cannot be "
                    + "trusted") Double discrimination,
            @Schema(description = "Why discrimination is null: NO_ATTEMPTS, SMALL_SAMPLE (fewer than "
                    + "minimumAttempts), NO_ITEM_VARIANCE (all right or all wrong), NO_REST_VARIANCE (every "
                    + "attempt scored the same on the other questions)") Discrimination.Reason discriminationNullReason,
            List<Option> options,
            @Schema(description = "What deserves an author's look: TOO_EASY (answered right by more than 95 %), "
                    + "LOW_DISCRIMINATION (discrimination below 0.1). Only from minimumAttempts attempts on; empty "
                    + "when nothing stands out") List<Flag> flags) {

        public boolean failedMoreThanHalf() {
            return facility != null && facility < 50;
        }
    }

    /** Why an item is flagged for review. */
    public enum Flag {
        /** More than 95 % answer it right: it tells learners who learned from those who did not little. */
        TOO_EASY,
        /** Discrimination below 0.1: those who do well on the rest of the quiz do not do better on it. */
        LOW_DISCRIMINATION
    }

    /** How often one option was chosen. */
    @Schema(name = "ItemAnalysisOption")
    public record Option(
            String id,
            String text,
            boolean correct,
            @Schema(description = "Submitted attempts that chose it") long chosen,
            @Schema(description = "Percent of the question's attempts that chose it, one decimal; for a question "
                    + "with several right answers the rates add up to more than 100") Double selectionRate) {
    }
}
