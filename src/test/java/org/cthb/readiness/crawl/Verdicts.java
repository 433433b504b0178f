package org.cthb.readiness.crawl;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * What every answer of the service must be, collected rather than thrown so that one run lists every fault: never
 * a 5xx; a refusal of the API is {@code application/problem+json} with words (a detail or the field at fault); a
 * refusal of a page is a real page (a main landmark, a heading and a message).
 */
final class Verdicts {

    private final List<String> faults = new ArrayList<>();
    private int checked;

    int checked() {
        return checked;
    }

    List<String> faults() {
        return faults;
    }

    void fault(String what) {
        faults.add(what);
    }

    /** An API answer. */
    void api(String what, Response response) {
        checked++;
        int status = response.statusCode();
        if (status >= 500) {
            faults.add(status + " " + what + ": " + abbreviate(response.asString()));
            return;
        }
        if (status < 400) {
            return;
        }
        String type = response.contentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            faults.add(status + " " + what + " is not application/problem+json but " + type + ": "
                    + abbreviate(response.asString()));
            return;
        }
        JsonPath problem;
        try {
            problem = JsonPath.from(response.asString());
        } catch (RuntimeException e) {
            faults.add(status + " " + what + " has an unreadable problem body: " + abbreviate(response.asString()));
            return;
        }
        String detail = problem.getString("detail");
        String field = problem.getString("field");
        if ((detail == null || detail.isBlank()) && (field == null || field.isBlank())) {
            faults.add(status + " " + what + " names nothing (no detail, no field): " + abbreviate(response.asString()));
        }
        if (problem.get("status") == null || problem.getInt("status") != status) {
            faults.add(status + " " + what + " problem status differs: " + abbreviate(response.asString()));
        }
    }

    /**
     * A page's answer; returns the parsed page when it is HTML. {@code form} is the form posted, if any: a 400 to a
     * form must name one of its fields (by name or label) or a row.
     */
    Document page(String what, Response response, Element form) {
        checked++;
        int status = response.statusCode();
        if (status >= 500) {
            faults.add(status + " " + what + ": " + abbreviate(text(response)));
            return null;
        }
        String type = response.contentType();
        boolean html = type != null && type.startsWith("text/html");
        if (status < 400) {
            return html ? Jsoup.parse(response.asString()) : null;
        }
        if (!html) {
            faults.add(status + " " + what + " is not a page but " + type + ": " + abbreviate(response.asString()));
            return null;
        }
        Document page = Jsoup.parse(response.asString());
        Element main = page.selectFirst("main");
        if (main == null) {
            faults.add(status + " " + what + " has no <main>: " + abbreviate(text(response)));
            return page;
        }
        Element heading = main.selectFirst("h1");
        if (heading == null || heading.text().isBlank()) {
            faults.add(status + " " + what + " has no heading: " + abbreviate(main.text()));
        }
        String message = main.select("p, [role=alert], li").text();
        if (message.isBlank()) {
            faults.add(status + " " + what + " has no message: " + abbreviate(main.text()));
        }
        if (status == 400 && form != null && !namesAField(main.text(), form)) {
            faults.add(status + " " + what + " names no field of the form: " + abbreviate(main.text()));
        }
        return page;
    }

    /** Whether the text names a field of the form: its name, its label, its legend, or a row or line. */
    static boolean namesAField(String text, Element form) {
        String said = text.toLowerCase();
        if (said.matches("(?s).*\\b(row|line|ligne)\\b.*")) {
            return true;
        }
        for (Element field : Forms.fields(form)) {
            String name = field.attr("name").toLowerCase();
            if (!name.isBlank() && !name.contains("csrf") && said.contains(name.replaceFirst("^q-", ""))) {
                return true;
            }
            if (!field.id().isBlank()) {
                Element label = form.selectFirst("label[for=" + field.id() + "]");
                if (label != null && !label.text().isBlank() && said.contains(label.text().toLowerCase().strip())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String text(Response response) {
        String type = response.contentType();
        return type != null && type.startsWith("text/html") ? Jsoup.parse(response.asString()).text()
                : response.asString();
    }

    static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
