package org.cthb.readiness.learning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lessons show the course's own images, at the address they are served from, and no other. */
class LessonImagesTest {

    private static final String BASE = LessonRenderer.imageBase("mini", 3, "01-basics");

    @Test
    void aCourseImageIsShownFromItsServedAddress() {
        assertThat(LessonRenderer.safeHtml("![A map](images/map.svg)", BASE))
                .contains("<img src=\"/course-assets/mini/3/01-basics/images/map.svg\" alt=\"A map\"");
        assertThat(LessonRenderer.safeHtml("![A map](../shared/map.png)", BASE + "alt/"))
                .contains("src=\"/course-assets/mini/3/01-basics/shared/map.png\"");
    }

    @Test
    void remoteImagesAreDropped() {
        for (String markdown : new String[]{"![pixel](https://tracker.example/p.gif)",
                "<img src=\"https://tracker.example/p.gif\" alt=\"pixel\">",
                "<img src=\"//tracker.example/p.gif\">", "<p><img src=\"http://tracker.example/p.gif\"></p>",
                "<img src=\"/course-assets/../api/accounts\">"}) {
            String html = LessonRenderer.safeHtml(markdown, BASE);
            assertThat(html).as(markdown).doesNotContain("tracker.example").doesNotContain("/api/accounts");
        }
    }
}
