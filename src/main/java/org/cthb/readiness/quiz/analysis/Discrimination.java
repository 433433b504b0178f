package org.cthb.readiness.quiz.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How well a question separates learners who know the quiz from those who do not: the point-biserial correlation
 * between the item score (1 right, 0 wrong or unanswered) and the rest-of-quiz score (right answers to the other
 * questions of the same attempt). Computed from sums the database adds up, so no attempt is read one by one.
 *
 * @param value  between -1 and 1, rounded to three decimals; null when it cannot be trusted or computed
 * @param reason why {@code value} is null; null when it is not
 */
public record Discrimination(Double value, Reason reason) {

    /** Why no discrimination is given. */
    public enum Reason {
        /** No submitted attempt drew the question. */
        NO_ATTEMPTS,
        /** Too few attempts for a correlation to mean anything. */
        SMALL_SAMPLE,
        /** Everyone answered it right, or everyone wrong: nothing to correlate. */
        NO_ITEM_VARIANCE,
        /** Every attempt had the same rest-of-quiz score (for example a quiz that draws one question). */
        NO_REST_VARIANCE
    }

    /**
     * Sums over the attempts that drew the question: {@code n} attempts, {@code sumX} right answers, {@code sumY},
     * {@code sumYY} rest scores and their squares, {@code sumXY} rest scores of the attempts that got it right.
     */
    public static Discrimination of(long n, long sumX, long sumY, long sumYY, long sumXY, int minimumAttempts) {
        if (n == 0) {
            return new Discrimination(null, Reason.NO_ATTEMPTS);
        }
        if (n < minimumAttempts) {
            return new Discrimination(null, Reason.SMALL_SAMPLE);
        }
        // x is 0 or 1, so the sum of its squares is sumX; integer arithmetic keeps the two variances exact.
        long itemSpread = n * sumX - sumX * sumX;
        long restSpread = n * sumYY - sumY * sumY;
        if (itemSpread == 0) {
            return new Discrimination(null, Reason.NO_ITEM_VARIANCE);
        }
        if (restSpread == 0) {
            return new Discrimination(null, Reason.NO_REST_VARIANCE);
        }
        double r = (n * sumXY - sumX * sumY) / Math.sqrt((double) itemSpread * restSpread);
        return new Discrimination(round(r, 3), null);
    }

    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
