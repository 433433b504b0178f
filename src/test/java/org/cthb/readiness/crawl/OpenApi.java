package org.cthb.readiness.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

/** The operations of the service's own OpenAPI document, read the way a client generator would. */
final class OpenApi {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    record Parameter(String name, String in, String type, String format) {
        boolean isInteger() {
            return "integer".equals(type);
        }
    }

    /**
     * One operation. {@code roles} is null for a public operation, empty for "any signed-in person", else the roles
     * allowed, as the document's security requirement says.
     */
    record Operation(String method, String path, List<Parameter> parameters, List<String> bodyTypes,
                     Map<String, String> bodyProperties, List<String> roles) {

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean isPublic() {
            return roles == null;
        }

        /** Whether the document lets this role (null: anonymous) call the operation. */
        boolean allows(String role) {
            if (roles == null) {
                return true;
            }
            return role != null && (roles.isEmpty() || roles.contains("**") || roles.contains(role));
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    static List<Operation> read() {
        JsonNode doc;
        try {
            doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                    .extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations.add(operation(doc, path.getKey(), path.getValue(), op.getKey(), op.getValue()));
            }
        }
        return operations;
    }

    private static Operation operation(JsonNode doc, String path, JsonNode pathItem, String method, JsonNode op) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : concat(pathItem.path("parameters"), op.path("parameters"))) {
            parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                    p.path("schema").path("type").asText(null), p.path("schema").path("format").asText(null)));
        }
        List<String> bodyTypes = new ArrayList<>();
        Map<String, String> properties = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> content = op.path("requestBody").path("content").fields();
             content.hasNext(); ) {
            Map.Entry<String, JsonNode> type = content.next();
            bodyTypes.add(type.getKey());
            JsonNode schema = resolve(doc, type.getValue().path("schema"));
            for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
                Map.Entry<String, JsonNode> prop = props.next();
                JsonNode propSchema = resolve(doc, prop.getValue());
                properties.putIfAbsent(prop.getKey(), propSchema.path("type").asText("object"));
            }
        }
        List<String> roles = null;
        // An empty requirement ({}) says "no credentials needed": the operation is public, as without any.
        boolean publicOperation = false;
        for (JsonNode requirement : op.path("security")) {
            publicOperation |= requirement.isObject() && requirement.isEmpty();
        }
        if (op.has("security") && !publicOperation) {
            roles = new ArrayList<>();
            for (JsonNode requirement : op.path("security")) {
                for (Iterator<JsonNode> scopes = requirement.elements(); scopes.hasNext(); ) {
                    for (JsonNode role : scopes.next()) {
                        roles.add(role.asText());
                    }
                }
            }
        }
        return new Operation(method, path, parameters, bodyTypes, properties, roles);
    }

    private static List<JsonNode> concat(JsonNode a, JsonNode b) {
        List<JsonNode> all = new ArrayList<>();
        a.forEach(all::add);
        b.forEach(all::add);
        return all;
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        if (ref == null) {
            return schema;
        }
        return doc.at(ref.substring(1));
    }
}
