package org.cthb.readiness.quiz.draw;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureTest {

    @Test
    void aFailWithAttemptsLeftShowsOnlyWhichAnswersWereWrong() {
        assertThat(Disclosure.after(false, 2)).isEqualTo(Disclosure.WRONG_MARKS_ONLY);
        assertThat(Disclosure.after(false, 1)).isEqualTo(Disclosure.WRONG_MARKS_ONLY);
    }

    @Test
    void aPassOrTheLastAttemptShowsTheFullKey() {
        assertThat(Disclosure.after(true, 2)).isEqualTo(Disclosure.FULL_KEY);
        assertThat(Disclosure.after(true, 0)).isEqualTo(Disclosure.FULL_KEY);
        assertThat(Disclosure.after(false, 0)).isEqualTo(Disclosure.FULL_KEY);
    }
}
