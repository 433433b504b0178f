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

    @org.junit.jupiter.api.Test
    void checkerFindsWhatItLooksForAndNotEscapedText() {
        assertThat(HtmlSafety.problems("<p><img src=x onerror=alert(1)></p>")).hasSize(1);
        assertThat(HtmlSafety.problems("<a href=\" JaVa&#x09;ScRiPt:alert(1)\">x</a>")).hasSize(1);
        assertThat(HtmlSafety.problems("<a href=\"data:text/html,x\">x</a><iframe></iframe>")).hasSize(2);
        assertThat(HtmlSafety.problems("<div style=\"width:expression(alert(1))\">x</div>")).hasSize(1);
        assertThat(HtmlSafety.problems("<form action=\"https://evil.example\"></form>")).hasSize(1);
        assertThat(HtmlSafety.problems("<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=alert(1) javascript:</p>"))
                .isEmpty();
        assertThat(HtmlSafety.problems("<link rel=\"icon\" href=\"data:,\"><form action=\"/signout\"></form>"))
                .isEmpty();
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
