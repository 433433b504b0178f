package org.cthb.readiness.crawl;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calls one operation of the OpenAPI document every wrong way: path parameters that are negative, zero, huge,
 * not numbers, markup or over-long; each query parameter likewise, and all of them missing; bodies that are
 * {@code null}, {@code {}}, {@code []}, a scalar, broken JSON, a 1 MB string, each property of the wrong type, and
 * the wrong content type. Bodies are never fully valid, so nothing is really written except what a base request
 * (valid ids, empty body) does by itself (a quiz submitted, a lesson marked done).
 */
final class ApiFuzzer {

    static final String CSV_HEADER =
            "national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,start_date\n";
    /** Bad values of path and query parameters. The long one stays under the 4 KB request line of the server. */
    static final Map<String, String> BAD_PARAMETERS = badParameters();
    private static final String MEGABYTE = "x".repeat(1024 * 1024);

    private final Actor actor;
    private final WebSession session;
    private final Verdicts verdicts;
    private int calls;

    ApiFuzzer(Actor actor, WebSession session, Verdicts verdicts) {
        this.actor = actor;
        this.session = session;
        this.verdicts = verdicts;
    }

    private static Map<String, String> badParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("negative", "-1");
        values.put("huge", "99999999999999999999");
        values.put("word", "abc");
        values.put("markup", "'\"><script>alert(1)</script>");
        values.put("oversized", "x".repeat(3_000));
        return values;
    }

    int calls() {
        return calls;
    }

    /** Returns the status of the base call (valid parameters, an empty body). */
    int fuzz(OpenApi.Operation op, Map<String, String> path, Map<String, String> query) {
        Response base = call(op, "valid parameters", path, query, baseBody(op));
        int status = base == null ? 599 : base.statusCode();
        if (status == 401 || status == 403) {
            return status;
        }
        if (!query.isEmpty()) {
            call(op, "every query parameter missing", path, Map.of(), baseBody(op));
        }
        for (String name : path.keySet()) {
            for (Map.Entry<String, String> bad : BAD_PARAMETERS.entrySet()) {
                Map<String, String> changed = new LinkedHashMap<>(path);
                changed.put(name, bad.getValue());
                call(op, "path " + name + " " + bad.getKey(), changed, query, baseBody(op));
            }
        }
        for (String name : query.keySet()) {
            for (Map.Entry<String, String> bad : BAD_PARAMETERS.entrySet()) {
                Map<String, String> changed = new LinkedHashMap<>(query);
                changed.put(name, bad.getValue());
                call(op, "query " + name + " " + bad.getKey(), path, changed, baseBody(op));
            }
            Map<String, String> without = new LinkedHashMap<>(query);
            without.remove(name);
            call(op, "query " + name + " missing", path, without, baseBody(op));
        }
        for (Map.Entry<String, Body> body : badBodies(op).entrySet()) {
            call(op, "body " + body.getKey(), path, query, body.getValue());
        }
        return status;
    }

    record Body(String contentType, String text, boolean multipart) {
    }

    static Body baseBody(OpenApi.Operation op) {
        if (op.bodyTypes().isEmpty()) {
            return op.method().equals("get") || op.method().equals("delete") ? null : new Body("application/json", "", false);
        }
        String type = op.bodyTypes().get(0);
        return switch (type) {
            case "application/json" -> new Body(type, "{}", false);
            case "multipart/form-data" -> new Body(type, CSV_HEADER, true);
            default -> new Body(type, CSV_HEADER, false);
        };
    }

    private static Map<String, Body> badBodies(OpenApi.Operation op) {
        Map<String, Body> bodies = new LinkedHashMap<>();
        if (op.bodyTypes().isEmpty()) {
            return bodies;
        }
        if (op.bodyTypes().contains("application/json")) {
            String json = "application/json";
            for (String text : new String[]{"null", "{}", "[]", "\"text\"", "{\"broken\":", ""}) {
                bodies.put("JSON " + (text.isEmpty() ? "empty" : text), new Body(json, text, false));
            }
            bodies.put("JSON 1 MB string", new Body(json, "\"" + MEGABYTE + "\"", false));
            for (Map.Entry<String, String> property : op.bodyProperties().entrySet()) {
                String name = property.getKey();
                for (String wrong : wrongTypes(property.getValue())) {
                    bodies.put("JSON " + name + "=" + wrong, new Body(json, "{\"" + name + "\":" + wrong + "}", false));
                }
            }
            String everyStringHuge = op.bodyProperties().entrySet().stream()
                    .filter(p -> p.getValue().equals("string") || p.getValue().equals("array"))
                    .map(p -> "\"" + p.getKey() + "\":" + (p.getValue().equals("array") ? "[\"" + MEGABYTE + "\"]"
                            : "\"" + MEGABYTE + "\""))
                    .collect(Collectors.joining(","));
            if (!everyStringHuge.isEmpty()) {
                bodies.put("JSON every text 1 MB", new Body(json, "{" + everyStringHuge + "}", false));
            }
            bodies.put("text/plain instead of JSON", new Body("text/plain", "hello", false));
        }
        if (op.bodyTypes().contains("text/csv")) {
            bodies.put("CSV empty", new Body("text/csv", "", false));
            bodies.put("CSV garbage", new Body("text/csv", "'\"><script>\n\u0000\u0001,,,,\n-1,1e309,null\n", false));
            bodies.put("CSV 1 MB line", new Body("text/csv", CSV_HEADER + MEGABYTE + "\n", false));
            bodies.put("JSON instead of CSV", new Body("application/json", "{}", false));
        }
        if (op.bodyTypes().contains("multipart/form-data")) {
            bodies.put("multipart garbage file", new Body("multipart/form-data", "'\"><script>\n\u0000 garbage", true));
            bodies.put("multipart empty file", new Body("multipart/form-data", "", true));
            bodies.put("JSON instead of multipart", new Body("application/json", "{}", false));
        }
        return bodies;
    }

    /** Values of the wrong type for a property of this type: Jackson never coerces an object or array to a scalar. */
    private static String[] wrongTypes(String type) {
        return switch (type) {
            case "integer", "number" -> new String[]{"\"abc\"", "1e309", "99999999999999999999", "-1", "{}"};
            case "boolean" -> new String[]{"\"maybe\"", "{}"};
            case "array" -> new String[]{"\"abc\"", "[1,{}]"};
            case "object" -> new String[]{"\"abc\"", "[]"};
            default -> new String[]{"{}", "[]"};
        };
    }

    Response call(OpenApi.Operation op, String how, Map<String, String> path, Map<String, String> query, Body body) {
        session.keepSignedIn();
        calls++;
        Map<String, String> encoded = new LinkedHashMap<>();
        path.forEach((k, v) -> encoded.put(k, URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
        String url = ApiValues.expand(op.path(), encoded);
        if (!query.isEmpty()) {
            url += "?" + query.entrySet().stream().map(e -> e.getKey() + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        }
        RequestSpecification request = session.api().urlEncodingEnabled(false);
        if (body != null) {
            if (body.multipart()) {
                request = request.multiPart("file", "fuzz.csv", body.text().getBytes(StandardCharsets.UTF_8), "text/csv");
            } else {
                request = request.contentType(body.contentType() + "; charset=UTF-8")
                        .body(body.text().getBytes(StandardCharsets.UTF_8));
            }
        }
        String what = op + " (" + how + ") as " + actor + " -> " + abbreviateUrl(url);
        try {
            Response response = session.remember(request.request(op.method().toUpperCase(), url));
            verdicts.api(what, response);
            return response;
        } catch (Exception e) { // RestAssured throws socket timeouts unchecked
            verdicts.fault("no answer to " + what + ": " + e);
            return null;
        }
    }

    private static String abbreviateUrl(String url) {
        return url.length() > 160 ? url.substring(0, 160) + "…" : url;
    }
}
