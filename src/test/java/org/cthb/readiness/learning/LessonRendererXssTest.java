package org.cthb.readiness.learning;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renderer on its own, with every payload: the course validator refuses many of them before they are stored,
 * but the renderer must be safe without it (content imported by an older validator, a draft preview).
 */
class LessonRendererXssTest {

    static java.util.List<String> payloads() {
        return XssPayloads.all();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void markdownWithThePayloadRendersSafely(String payload) {
        String markdown = "# Title " + payload + "\n\nText " + payload + " text.\n\n" + payload + "\n\n- " + payload
                + "\n\n| a |\n|---|\n| " + payload + " |\n";
        String html = LessonRenderer.safeHtml(markdown);
        assertThat(HtmlSafety.problems(html)).as(html).isEmpty();
    }
}
