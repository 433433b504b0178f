package org.cthb.readiness.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.cthb.readiness.integrations.NodeChecks;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's OpenAPI document passes a standard linter (Redocly CLI, recommended rules) with no error, and every
 * operation declares its errors as {@code application/problem+json} with a schema. A new error fails here.
 */
@QuarkusTest
// The document does not depend on the LRSs; this profile only lets the test share the xAPI tests' start-up.
@io.quarkus.test.junit.TestProfile(org.cthb.readiness.xapi.ScriptedLrsProfile.class)
class OpenApiLintTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDocumentHasNoLintError() throws Exception {
        String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        Path file = NodeChecks.DIR.resolve("target-openapi.json");
        Files.writeString(file, document);
        try {
            NodeChecks.Run run = NodeChecks.bin("redocly", 300, "lint", "--format=stylish",
                    "--config=redocly.yaml", file.getFileName().toString());
            assertThat(run.output()).as(run.output()).doesNotContain(" error ");
            assertThat(run.exitCode()).as(run.output()).isZero();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void everyOperationDeclaresProblemResponsesWithASchema() throws Exception {
        JsonNode document = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract()
                .asString());
        JsonNode responses = document.path("components").path("responses");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!List.of("get", "put", "post", "delete", "patch").contains(op.getKey())) {
                    continue;
                }
                operations++;
                boolean hasProblem = false;
                for (Iterator<Map.Entry<String, JsonNode>> rs = op.getValue().path("responses").fields();
                     rs.hasNext(); ) {
                    Map.Entry<String, JsonNode> r = rs.next();
                    if (!r.getKey().startsWith("4") && !r.getKey().startsWith("5")) {
                        continue;
                    }
                    JsonNode response = r.getValue();
                    if (response.has("$ref")) {
                        String ref = response.get("$ref").asText();
                        response = responses.path(ref.substring(ref.lastIndexOf('/') + 1));
                    }
                    JsonNode problem = response.path("content").path("application/problem+json");
                    assertThat(problem.path("schema").path("$ref").asText())
                            .as("%s %s %s", op.getKey(), path.getKey(), r.getKey())
                            .isEqualTo("#/components/schemas/Problem");
                    assertThat(problem.has("example") || problem.has("examples")).isTrue();
                    hasProblem = true;
                }
                if (!hasProblem) {
                    missing.add(op.getKey() + " " + path.getKey());
                }
            }
        }
        assertThat(operations).isGreaterThan(20);
        assertThat(missing).as("operations without problem responses").isEmpty();
        assertThat(document.path("components").path("schemas").path("Problem").path("required").toString())
                .contains("status");
    }

    /** The main request bodies each carry an example, and the example is one of their own schema (no stray keys). */
    @Test
    void theMainBodiesHaveExamplesOfTheirOwnSchema() throws Exception {
        JsonNode document = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract()
                .asString());
        Map<String, String> main = Map.of(
                "/api/accounts", "post",
                "/api/me/password", "post",
                "/api/learning/attempts/{id}/answers/{question}", "put",
                "/api/nations/{iso3}/people/{nationalId}/attempt-grants", "post",
                "/api/lti/platforms", "post");
        List<String> problems = new ArrayList<>();
        main.forEach((path, method) -> {
            JsonNode body = document.path("paths").path(path).path(method).path("requestBody").path("content")
                    .path("application/json");
            JsonNode schema = body.path("schema");
            if (schema.has("$ref")) {
                String ref = schema.get("$ref").asText();
                schema = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
            }
            JsonNode example = body.has("example") ? body.get("example") : schema.path("example");
            if (!example.isObject() || example.isEmpty()) {
                problems.add(method + " " + path + ": no example (schema " + body.path("schema") + ")");
                return;
            }
            JsonNode properties = schema.path("properties");
            example.fieldNames().forEachRemaining(field -> {
                if (!properties.has(field)) {
                    problems.add(method + " " + path + ": example field " + field + " is not in "
                            + body.path("schema"));
                }
            });
        });
        assertThat(problems).isEmpty();
    }
}
