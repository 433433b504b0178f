package org.cthb.readiness.learning;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What in a page could run script or lead off-site: parsed with jsoup as a browser would, so that authored markup
 * shown as escaped text is not mistaken for markup, and markup hidden behind entities or odd spacing is found.
 */
final class HtmlSafety {

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object",
            "embed", "applet", "base", "style", "svg", "math", "template", "noscript");

    /** The service's own script files: local times, and reading offline (with the service worker's registration). */
    private static final List<String> OWN_SCRIPTS = List.of("/static/localtime.js", "/static/offline.js");

    private HtmlSafety() {
    }

    /** Every unsafe thing in the page, described; empty for a safe page. */
    static List<String> problems(String html) {
        List<String> found = new ArrayList<>();
        // The service's own script files (progressive enhancement, same origin, the CSP allows them) are the only
        // scripts a page may carry: exactly these tags, with no content.
        String withoutOwnScript = html;
        for (String own : OWN_SCRIPTS) {
            withoutOwnScript = withoutOwnScript.replace("<script src=\"" + own, "");
        }
        if (withoutOwnScript.toLowerCase(Locale.ROOT).contains("<script")) {
            found.add("raw text <script");
        }
        Document page = Jsoup.parse(html);
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            boolean ownScript = tag.equals("script") && element.data().isBlank()
                    && OWN_SCRIPTS.stream().anyMatch(own -> element.attr("src").startsWith(own + "?"));
            if (FORBIDDEN_ELEMENTS.contains(tag) && !ownScript) {
                found.add("element <" + tag + ">");
            }
            if (tag.equals("meta") && element.hasAttr("http-equiv")) {
                found.add("<meta http-equiv>");
            }
            if (tag.equals("form") && !element.attr("action").startsWith("/")) {
                found.add("form posting to " + element.attr("action"));
            }
            for (Attribute attribute : element.attributes()) {
                checkAttribute(element, attribute, found);
            }
        }
        return found;
    }

    private static void checkAttribute(Element element, Attribute attribute, List<String> found) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        // Browsers ignore spaces and control characters inside a scheme: "java\tscript:" runs.
        String value = attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
        String where = "<" + element.normalName() + " " + attribute.getKey() + "=\"" + attribute.getValue() + "\">";
        if (name.startsWith("on")) {
            found.add("event handler " + where);
        }
        if (name.equals("srcdoc") || name.equals("formaction")) {
            found.add("attribute " + where);
        }
        if (value.startsWith("javascript:") || value.startsWith("vbscript:")) {
            found.add("script URL " + where);
        }
        if (value.startsWith("data:") && !isLayoutFavicon(element)) {
            found.add("data: URL " + where);
        }
        if (name.equals("style") && (value.contains("expression(") || value.contains("url(")
                || value.contains("javascript"))) {
            found.add("style " + where);
        }
    }

    /** The layout's own empty favicon, which keeps browsers from asking for /favicon.ico; not authored. */
    private static boolean isLayoutFavicon(Element element) {
        return element.normalName().equals("link") && element.attr("rel").equals("icon")
                && element.attr("href").equals("data:,");
    }
}
