package org.cthb.readiness.readiness;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shares of the readiness page add up to 100, rounded by the largest remainder. */
class PercentagesAddUpTest {

    @Test
    void thirdsAndSeventhsAddUpToAHundredWithTheLargestRemaindersRoundedUp() {
        ReadinessReport thirds = report(1, 1, 0, 1, 0);
        assertThat(thirds.percents().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100);
        assertThat(thirds.percent(ReadinessStatus.READY)).isEqualTo(34);
        assertThat(thirds.percent(ReadinessStatus.EXPIRES)).isEqualTo(33);
        assertThat(thirds.percent(ReadinessStatus.IN_PROGRESS)).isEqualTo(33);
        // 1/7 = 14.29, 2/7 = 28.57, 4/7 = 57.14: floors 14 + 28 + 57 = 99, the point goes to 28.57.
        ReadinessReport sevenths = report(4, 0, 0, 2, 1);
        assertThat(List.of(sevenths.percent(ReadinessStatus.READY), sevenths.percent(ReadinessStatus.IN_PROGRESS),
                sevenths.percent(ReadinessStatus.NOT_STARTED))).containsExactly(57L, 29L, 14L);
        ReadinessReport none = report(0, 0, 0, 0, 0);
        assertThat(none.percents().values()).containsOnly(0L);
    }

    private static ReadinessReport report(long... counts) {
        Map<ReadinessStatus, Long> byStatus = new EnumMap<>(ReadinessStatus.class);
        long total = 0;
        for (ReadinessStatus s : ReadinessStatus.values()) {
            byStatus.put(s, counts[s.ordinal()]);
            total += counts[s.ordinal()];
        }
        return new ReadinessReport("EST", "KFOR", LocalDate.now(), total, byStatus, Map.of(), Map.of(), List.of(),
                total, 0, 100, Map.of(), null, null);
    }
}
