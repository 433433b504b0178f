package org.cthb.readiness.authoring;

import io.restassured.response.Response;
import org.cthb.readiness.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posts the forms of server-rendered pages as a browser without JavaScript would: every field with its current
 * value (including the CSRF token and revision), some changed, and the cookies the page set.
 */
final class FormClient {

    private final String email;
    private final Map<String, String> cookies = new HashMap<>();
    private Document page;

    FormClient(String email) {
        this.email = email;
    }

    Document open(String path) {
        Response response = given().auth().preemptive().basic(email, TestAccounts.PASSWORD).cookies(cookies)
                .get(path);
        assertThat(response.statusCode()).as("GET " + path + ": " + response.asString()).isEqualTo(200);
        cookies.putAll(response.cookies());
        page = Jsoup.parse(response.asString());
        return page;
    }

    Document page() {
        return page;
    }

    /** The values the form with this action would post, as shown. */
    Map<String, String> fields(String action) {
        Element form = page.selectFirst("form[action=" + action + "]");
        assertThat(form).as("form " + action).isNotNull();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            fields.put(input.attr("name"), switch (input.tagName()) {
                case "textarea" -> input.wholeText().startsWith("\n") ? input.wholeText().substring(1) : input.wholeText();
                case "select" -> input.select("option[selected]").isEmpty() ? input.select("option").first().val()
                        : input.select("option[selected]").first().val();
                default -> input.attr("value");
            });
        }
        return fields;
    }

    /** Posts the form with this action, its fields changed as given; returns the raw response. */
    Response submit(String action, Map<String, String> changes) {
        Map<String, String> fields = fields(action);
        fields.putAll(changes);
        fields.values().removeIf(java.util.Objects::isNull);
        return post(action, fields);
    }

    Response post(String action, Map<String, String> fields) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).cookies(cookies).redirects()
                .follow(false).formParams(fields).post(action);
    }
}
