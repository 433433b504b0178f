package org.cthb.readiness.learning;

import jakarta.enterprise.context.ApplicationScoped;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;
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
    /** Where course images are served: {@code /course-assets/{course}/{version}/{path in the course}}. */
    public static final String ASSETS = "/course-assets/";
    /** Only the course's own images: a remote image would tell a third party who reads which lesson, and when. */
    private static final Pattern OWN_IMAGE = Pattern.compile("/course-assets/[A-Za-z0-9][A-Za-z0-9._/-]*");
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES).and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("img").allowAttributes("alt").onElements("img")
                    .allowAttributes("src").matching((String value) -> OWN_IMAGE.matcher(value).matches()
                            && !value.contains("..")).onElements("img")
                    .allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,4}")).onElements("img")
                    .toFactory())
            .and(new HtmlPolicyBuilder().allowElements("h1", "h2", "h3", "h4", "hr", "pre", "code", "figure",
                    "figcaption").toFactory());

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public String html(String cacheKey, String markdown, String imageBase) {
        return cache.computeIfAbsent(cacheKey, k -> safeHtml(markdown, imageBase));
    }

    /** Renders and sanitises, without images; used for authored text shown as HTML outside a course version. */
    public static String safeHtml(String markdown) {
        return safeHtml(markdown, null);
    }

    /**
     * Renders and sanitises. A relative image ({@code ![alt](images/x.png)}) is resolved against {@code imageBase},
     * the served folder of the Markdown file ({@link #imageBase}); any other image is dropped by the sanitiser.
     */
    public static String safeHtml(String markdown, String imageBase) {
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Image && attributes.containsKey("src")) {
                        attributes.put("src", resolve(imageBase, attributes.get("src")));
                    }
                }).build();
        return POLICY.sanitize(renderer.render(PARSER.parse(markdown)));
    }

    /** The served folder of a Markdown file of a course version, e.g. a module's folder. */
    public static String imageBase(String courseId, int version, String folder) {
        return ASSETS + courseId + "/" + version + "/" + folder + "/";
    }

    private static String resolve(String base, String target) {
        if (base == null || target.contains(":") || target.startsWith("/")) {
            return "";
        }
        try {
            return URI.create(base).resolve(new URI(null, null, target, null)).normalize().getRawPath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "";
        }
    }
}
