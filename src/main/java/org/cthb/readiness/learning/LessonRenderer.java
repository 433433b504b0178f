package org.cthb.readiness.learning;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

/**
 * Markdown to HTML for learners. Authored content is untrusted: whatever HTML the Markdown carries goes
 * through the OWASP sanitiser's allow-list, so script, event handlers and javascript: URLs never reach a page.
 * Published versions are immutable, so each lesson is rendered and sanitised once (at its first reading on this
 * instance) and the HTML reused: see {@link #html}.
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

    /**
     * Sanitised HTML by (version id, module, lesson, language, view). A published version never changes, so an entry
     * is never stale and needs no invalidation, on this instance or any other: every instance computes the same HTML
     * once. The cache is bounded by size (characters held) rather than a plain map because every version ever
     * published stays readable by the learners enrolled in it: an unbounded map would grow with each publication
     * for the life of the process; the least-read lessons of old versions are dropped first, and rendered again
     * if someone reads them.
     */
    private final Cache<String, String> cache = Caffeine.newBuilder()
            .maximumWeight(MAX_CACHED_CHARACTERS)
            .weigher((String key, String html) -> key.length() + html.length())
            .build();
    /** About 64 MB of HTML (two bytes a character): every lesson of dozens of versions in both languages. */
    static final long MAX_CACHED_CHARACTERS = 32L * 1024 * 1024;

    /**
     * The lesson's sanitised HTML, rendered on first use only. {@code cacheKey} must identify the text within an
     * immutable version: version id, module, lesson, language and view.
     */
    public String html(String cacheKey, String markdown, String imageBase) {
        return cache.get(cacheKey, k -> safeHtml(markdown, imageBase));
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
