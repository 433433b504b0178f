package org.cthb.readiness.authoring;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Finds anything in a parsed page that a browser would run: script, frames, event handlers, script URLs. */
final class ActiveContent {

    /** What the tests type into titles and Markdown. */
    static final List<String> PAYLOADS = List.of(
            "<script>alert('xss')</script>",
            "\"><img src=x onerror=alert('xss')>",
            "<svg onload=alert('xss')></svg>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<a href=\"javascript:alert('xss')\">click</a>",
            "[click](javascript:alert('xss'))");

    /** Payloads the file validator cannot see (entities hide the scheme); only the sanitiser stops them. */
    static final List<String> DISGUISED = List.of(
            "[click me](javascript&#58;alert('xss'))",
            "<a href=\"jav&#x09;ascript&#x3A;alert('xss')\">click me too</a>");

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "srcdoc", "data");

    private ActiveContent() {
    }

    static void assertNone(Document page, String where) {
        List<String> found = new ArrayList<>();
        // The service's own static scripts (progressive enhancement, same origin, no inline code) are not content:
        // local times, and reading offline.
        page.select("script, iframe, frame, object, embed, svg").stream()
                .filter(e -> !(e.tagName().equals("script") && e.data().isBlank()
                        && e.attr("src").matches("/static/(localtime|offline)\\.js\\?v=[^\"]*")))
                .forEach(e -> found.add("<" + e.tagName() + ">"));
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase();
                String value = attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase();
                if (name.startsWith("on")) {
                    found.add(element.tagName() + " " + name);
                } else if (URL_ATTRIBUTES.contains(name)
                        && (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text"))) {
                    found.add(element.tagName() + " " + name + "=" + value);
                }
            }
        }
        assertThat(found).as("active content on " + where).isEmpty();
    }
}
