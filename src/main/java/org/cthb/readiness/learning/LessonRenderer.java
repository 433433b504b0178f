package org.cthb.readiness.learning;

import jakarta.enterprise.context.ApplicationScoped;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markdown to HTML for learners. Authored content is untrusted: whatever HTML the Markdown carries goes
 * through the OWASP sanitiser's allow-list, so script, event handlers and javascript: URLs never reach a page.
 * Versions are immutable, so each rendering is cached.
 */
@ApplicationScoped
public class LessonRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES).and(Sanitizers.LINKS).and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("h1", "h2", "h3", "h4", "hr", "pre", "code", "figure",
                    "figcaption").toFactory());

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public String html(String cacheKey, String markdown) {
        return cache.computeIfAbsent(cacheKey, k -> safeHtml(markdown));
    }

    /** Renders and sanitises; also used for any authored text shown as HTML. */
    public static String safeHtml(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
