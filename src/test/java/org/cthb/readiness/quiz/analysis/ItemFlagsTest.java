package org.cthb.readiness.quiz.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The flag thresholds, on exact counts: more than 95 % right, discrimination below 0.1, from the minimum sample. */
class ItemFlagsTest {

    private static ItemAnalysisService service() {
        ItemAnalysisService service = new ItemAnalysisService();
        service.minimumAttempts = 10;
        return service;
    }

    @Test
    void moreThan95PercentRightIsTooEasy() {
        assertThat(service().flags(20, 20, 0.5)).containsExactly(ItemAnalysis.Flag.TOO_EASY);
        assertThat(service().flags(100, 96, 0.5)).containsExactly(ItemAnalysis.Flag.TOO_EASY);
        assertThat(service().flags(20, 19, 0.5)).as("exactly 95 %").isEmpty();
        assertThat(service().flags(1000, 950, 0.5)).isEmpty();
    }

    @Test
    void discriminationBelowPointOneIsFlagged() {
        assertThat(service().flags(20, 10, 0.099)).containsExactly(ItemAnalysis.Flag.LOW_DISCRIMINATION);
        assertThat(service().flags(20, 10, -0.3)).containsExactly(ItemAnalysis.Flag.LOW_DISCRIMINATION);
        assertThat(service().flags(20, 10, 0.1)).isEmpty();
        assertThat(service().flags(20, 20, null)).containsExactly(ItemAnalysis.Flag.TOO_EASY);
    }

    @Test
    void tooFewAttemptsFlagNothing() {
        assertThat(service().flags(9, 9, null)).isEmpty();
        assertThat(service().flags(0, 0, null)).isEmpty();
    }
}
