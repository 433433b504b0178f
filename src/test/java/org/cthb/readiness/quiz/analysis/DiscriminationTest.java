package org.cthb.readiness.quiz.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiscriminationTest {

    @Test
    void perfectSeparationIsOne() {
        // Four attempts: x = 1,1,0,0 and rest y = 2,2,0,0. n*sxy - sx*sy = 4*4 - 2*4 = 8;
        // item spread 4*2 - 4 = 4, rest spread 4*8 - 16 = 16, r = 8 / sqrt(64) = 1.
        assertThat(Discrimination.of(4, 2, 4, 8, 4, 4)).isEqualTo(new Discrimination(1.0, null));
    }

    @Test
    void reversedSeparationIsMinusOne() {
        // x = 1,1,0,0 and y = 0,0,2,2: sxy = 0, so r = (0 - 8) / 8 = -1.
        assertThat(Discrimination.of(4, 2, 4, 8, 0, 4)).isEqualTo(new Discrimination(-1.0, null));
    }

    @Test
    void nullWithAReasonWhenItCannotBeTrusted() {
        assertThat(Discrimination.of(0, 0, 0, 0, 0, 10).reason()).isEqualTo(Discrimination.Reason.NO_ATTEMPTS);
        assertThat(Discrimination.of(9, 4, 9, 15, 5, 10).reason()).isEqualTo(Discrimination.Reason.SMALL_SAMPLE);
        assertThat(Discrimination.of(10, 10, 12, 18, 12, 10).reason())
                .isEqualTo(Discrimination.Reason.NO_ITEM_VARIANCE);
        assertThat(Discrimination.of(10, 0, 12, 18, 0, 10).reason()).isEqualTo(Discrimination.Reason.NO_ITEM_VARIANCE);
        // A quiz of one question: every rest score is 0.
        assertThat(Discrimination.of(10, 6, 0, 0, 0, 10).reason()).isEqualTo(Discrimination.Reason.NO_REST_VARIANCE);
        assertThat(Discrimination.of(10, 6, 0, 0, 0, 10).value()).isNull();
    }
}
