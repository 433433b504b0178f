package org.cthb.readiness.crawl;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Real values for the parameters of the OpenAPI document: ids that exist, of the nation asked for. */
final class ApiValues {

    private ApiValues() {
    }

    /**
     * Path parameters of the operation, with the records of {@code nation}; {@code attempt} is the attempt the
     * caller would use (their own when they have one).
     */
    static Map<String, String> path(OpenApi.Operation op, Cast cast, Cast.NationCast nation, long attempt) {
        Map<String, String> values = new LinkedHashMap<>();
        for (OpenApi.Parameter p : op.in("path")) {
            values.put(p.name(), switch (p.name()) {
                case "iso3" -> nation.iso3();
                case "code" -> cast.mission;
                case "number" -> nation.certificate();
                case "version" -> String.valueOf(cast.version);
                case "module" -> "why-it-matters";
                case "lesson" -> "01-a-grave-abuse";
                case "clientId" -> java.util.UUID.randomUUID().toString();
                case "question" -> nation.openQuestion();
                case "scope" -> "ACCOUNT";
                case "subject" -> nation.spareLearner();
                case "nationalId" -> nation.spareNationalId();
                // The key in use, as the key set lists it.
                case "kid" -> io.restassured.RestAssured.given().get("/.well-known/jwks.json").then().statusCode(200)
                        .extract().jsonPath().getString("keys[0].kid");
                case "id" -> op.path().startsWith("/api/accounts/") ? String.valueOf(nation.spareAccount())
                        : op.path().contains("/attempts/") ? String.valueOf(attempt)
                        : op.path().contains("/imports/") ? String.valueOf(nation.importId())
                        // No dead letter exists in the crawl: its operations answer a problem 404 (or 403).
                        : op.path().contains("/dead-letters/") ? "999999999" : Cast.COURSE;
                default -> throw new IllegalStateException("no value known for path parameter " + p.name()
                        + " of " + op + ": teach ApiValues about it");
            });
        }
        return values;
    }

    /** Query parameters with values that are valid and never make a real change (a roster is only checked). */
    static Map<String, String> query(OpenApi.Operation op, Cast cast, Cast.NationCast nation) {
        Map<String, String> values = new LinkedHashMap<>();
        for (OpenApi.Parameter p : op.in("query")) {
            values.put(p.name(), switch (p.name()) {
                case "date" -> LocalDate.now().toString();
                case "mission" -> cast.mission;
                case "status" -> "NOT_STARTED";
                case "sort" -> "name";
                case "page" -> "0";
                case "size" -> "10";
                case "lang" -> "en";
                case "view" -> "lesson";
                case "from" -> "1";
                case "to" -> "draft";
                case "dryRun" -> "true";
                case "async" -> "false";
                case "revision" -> "999999";
                case "nation" -> nation.iso3();
                case "action" -> "CERTIFICATE_REVOKED";
                case "actor" -> nation.officer();
                case "format" -> "jwt";
                default -> p.isInteger() ? "1" : "x";
            });
        }
        return values;
    }

    static String expand(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue());
        }
        return path;
    }
}
