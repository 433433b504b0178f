package org.cthb.readiness.crawl;

import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a browser would post for a form of a page, field by field. */
public final class Forms {

    private Forms() {
    }

    /** The values the form would post as shown: checked boxes only, the selected option, the first named button. */
    public static Map<String, String> shownValues(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : fields(form)) {
            String type = input.attr("type").toLowerCase();
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            if (type.equals("file") || type.equals("submit") || input.tagName().equals("button")) {
                continue;
            }
            fields.put(input.attr("name"), value(input));
        }
        Element button = form.selectFirst("button[name], input[type=submit][name]");
        if (button != null) {
            fields.put(button.attr("name"), button.attr("value"));
        }
        return fields;
    }

    public static List<Element> fields(Element form) {
        return form.select("input[name], textarea[name], select[name], button[name]");
    }

    static String value(Element input) {
        return switch (input.tagName()) {
            case "textarea" -> input.wholeText().startsWith("\n") ? input.wholeText().substring(1) : input.wholeText();
            case "select" -> input.select("option[selected]").isEmpty()
                    ? (input.select("option").isEmpty() ? "" : input.select("option").first().val())
                    : input.select("option[selected]").first().val();
            default -> input.attr("value");
        };
    }
}
