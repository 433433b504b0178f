package org.cthb.readiness.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateExtension;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.Text;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds French that is still missing: empty, or a copy of the English. A copy may be right (a name, an
 * acronym), so this only flags; the validator refuses empty texts.
 */
public final class Translations {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Lesson fields that are not language text, though they sit under en and fr. */
    private static final Set<String> NOT_TEXT = Set.of("alternativePath");

    private Translations() {
    }

    public static boolean untranslated(String en, String fr) {
        if (fr == null || fr.isBlank()) {
            return en != null && !en.isBlank();
        }
        return fr.strip().equals(en == null ? null : en.strip()) && fr.strip().length() > 3;
    }

    @TemplateExtension
    static boolean untranslated(Text text) {
        return text != null && untranslated(text.en(), text.fr());
    }

    /** The text's own words in a further language, empty when it has none (and shows the English). */
    @TemplateExtension
    static String own(Text text, String language) {
        return text == null ? "" : text.others().getOrDefault(language, "");
    }

    @TemplateExtension
    static boolean untranslatedFrom(String fr, String en) {
        return untranslated(en, fr);
    }

    /** Where in the content French is missing, as paths such as {@code modules[m1].title}. */
    public static List<String> missing(CourseContent content) {
        List<String> found = new ArrayList<>();
        walk("", JSON.valueToTree(content), found);
        return found;
    }

    private static void walk(String path, JsonNode node, List<String> found) {
        if (node.isObject() && node.has("en") && node.has("fr")) {
            compare(path, node.get("en"), node.get("fr"), found);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("assets")) {
                    walk(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), found);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                walk(path + "[" + key(item) + "]", item, found);
            }
        }
    }

    private static void compare(String path, JsonNode en, JsonNode fr, List<String> found) {
        if (en.isObject() && fr.isObject()) {
            en.fieldNames().forEachRemaining(name -> {
                if (!NOT_TEXT.contains(name)) {
                    compare(path + "." + name, en.get(name), fr.path(name), found);
                }
            });
        } else if (en.isTextual() && untranslated(en.asText(), fr.isTextual() ? fr.asText() : null)) {
            found.add(path);
        }
    }

    private static String key(JsonNode item) {
        return item.has("id") ? item.get("id").asText() : item.has("name") ? item.get("name").asText() : "?";
    }
}
