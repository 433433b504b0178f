package org.cthb.readiness.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes the generated OpenAPI document in one place, so that no resource needs error annotations: every operation
 * declares the errors it can answer ({@code application/problem+json}, the {@code Problem} schema of
 * {@link org.cthb.readiness.web.ProblemMapper}, with an example), and the security schemes are the ones the service
 * accepts (an OpenID Connect scheme only when a provider is configured, with its discovery URL).
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** The errors, their reference name and an example detail. */
    private record Error(String code, String name, String title, String description, String detail, String field) {
    }

    private static final Error BAD_REQUEST = new Error("400", "BadRequest", "Bad Request",
            "The request is malformed or a value is not allowed; `field` names the parameter or field at fault.",
            "nation must be an ISO 3166 alpha-3 code such as FRA, not 'France'", "nation");
    private static final Error UNAUTHORIZED = new Error("401", "Unauthorized", "Unauthorized",
            "No valid credentials (HTTP Basic, a session cookie, or a bearer token when OpenID Connect is on).",
            "Sign in first", null);
    private static final Error FORBIDDEN = new Error("403", "Forbidden", "Forbidden",
            "Signed in, but the role or nation does not allow this; a missing CSRF token on a cookie request too.",
            "This needs the ADMIN role", null);
    private static final Error NOT_FOUND = new Error("404", "NotFound", "Not Found",
            "Nothing with this id exists for the caller (another nation's data answers the same).",
            "No attempt 42", "id");
    private static final Error CONFLICT = new Error("409", "Conflict", "Conflict",
            "The change contradicts the current state (already done, submitted, or changed concurrently).",
            "Attempt 42 has not been submitted yet", null);
    private static final Error UNAVAILABLE = new Error("503", "ServiceUnavailable", "Service Unavailable",
            "The database or a pool is busy or away; retry after the `Retry-After` seconds.",
            "The service is busy, please retry", null);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema("Problem", problemSchema());
        for (Error error : List.of(BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE)) {
            components.addResponse(error.name(), response(error));
        }
        securitySchemes(components);
        examples(components);
        info(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> {
                    addErrors(path, method, operation);
                    requestExample(path, method, operation);
                }));
    }

    /**
     * Examples of the main request bodies, by operation: a schema name may be shared by two records of the same simple
     * name (the quiz's answer and readiness's), so the body of the operation itself carries its example.
     */
    private static final Map<String, Object> REQUEST_EXAMPLES = Map.of(
            "POST /api/accounts", Map.of("email", "officer@mod.example.lv", "password", "a-long-pass-phrase-2027",
                    "role", "NATION_OFFICER", "nation", "LVA"),
            "POST /api/me/password", Map.of("currentPassword", "the-old-pass-phrase-2026",
                    "newPassword", "a-new-long-pass-phrase-2027"),
            // Options are chosen by their position as shown in the attempt ("1", "2", ...).
            "PUT /api/learning/attempts/{id}/answers/{question}", Map.of("options", List.of("2")),
            "POST /api/nations/{iso3}/people/{nationalId}/attempt-grants", Map.of("module", "reporting",
                    "extraAttempts", 1, "reason", "Interrupted by a deployment briefing"),
            "POST /api/lti/platforms", Map.of("name", "Armée de Terre Moodle",
                    "issuer", "https://moodle.example.fr", "clientId", "AbC123", "deploymentIds", List.of("1"),
                    "jwksUrl", "https://moodle.example.fr/mod/lti/certs.php",
                    "authorizationUrl", "https://moodle.example.fr/mod/lti/auth.php",
                    "tokenUrl", "https://moodle.example.fr/mod/lti/token.php", "nation", "FRA",
                    "roles", Map.of("Learner", "LEARNER"), "emailsVerified", false));

    private static void requestExample(String path, PathItem.HttpMethod method, Operation operation) {
        Object example = REQUEST_EXAMPLES.get(method + " " + path);
        if (example == null || operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        MediaType json = operation.getRequestBody().getContent().getMediaType("application/json");
        if (json != null && json.getExample() == null && (json.getExamples() == null || json.getExamples().isEmpty())) {
            json.setExample(example);
        }
    }

    private static void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        Map<String, Error> errors = new LinkedHashMap<>();
        errors.put(BAD_REQUEST.code(), BAD_REQUEST);
        boolean secured = operation.getSecurity() != null && operation.getSecurity().stream()
                .anyMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty());
        if (secured) {
            errors.put(UNAUTHORIZED.code(), UNAUTHORIZED);
            errors.put(FORBIDDEN.code(), FORBIDDEN);
        } else {
            // Public (certificate verification, reference data, CSRF token): said so, rather than left unsaid.
            operation.setSecurity(new java.util.ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
        }
        if (path.contains("{")) {
            errors.put(NOT_FOUND.code(), NOT_FOUND);
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            errors.put(CONFLICT.code(), CONFLICT);
        }
        errors.put(UNAVAILABLE.code(), UNAVAILABLE);
        errors.forEach((code, error) -> {
            APIResponse declared = operation.getResponses().getAPIResponse(code);
            if (declared == null) {
                operation.getResponses().addAPIResponse(code,
                        OASFactory.createAPIResponse().ref("#/components/responses/" + error.name()));
            } else if (declared.getRef() == null) {
                // A response an operation declares itself keeps its words but gets the problem body.
                declared.setContent(problemContent(error));
            }
        });
    }

    private static APIResponse response(Error error) {
        return OASFactory.createAPIResponse().description(error.description()).content(problemContent(error));
    }

    private static Content problemContent(Error error) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", error.title());
        example.put("status", Integer.parseInt(error.code()));
        example.put("detail", error.detail());
        if (error.field() != null) {
            example.put("field", error.field());
        }
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .example(example);
        return OASFactory.createContent().addMediaType(PROBLEM, media);
    }

    /** RFC 9457 problem details, as {@link org.cthb.readiness.web.Problem} writes them. */
    private static Schema problemSchema() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem: what went wrong, in words, and the field at fault when there is"
                        + " one.")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("A URI naming the kind of problem; about:blank when the status says it all")
                        .example("about:blank"))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The HTTP status in words").example("Bad Request"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .format("int32").description("The HTTP status").example(400))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("What went wrong in this request, and what is allowed")
                        .example(BAD_REQUEST.detail()))
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The parameter, field or row at fault, when there is one").example("nation"))
                .required(List.of("type", "title", "status"));
    }

    /** Title, licence and the public address; the auto-generated localhost servers point nowhere useful. */
    private static void info(OpenAPI openAPI) {
        var config = ConfigProvider.getConfig();
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(OASFactory.createInfo().title("CTHB Readiness API").version("1"));
        }
        if (openAPI.getInfo().getDescription() == null) {
            openAPI.getInfo().description("Mandatory counter-trafficking training: accounts, learning, quizzes,"
                    + " certificates, rosters and readiness. Errors are RFC 9457 problems"
                    + " (application/problem+json).");
        }
        if (openAPI.getInfo().getLicense() == null) {
            openAPI.getInfo().license(OASFactory.createLicense().name("Proprietary, NATO use only")
                    .url(config.getOptionalValue("cthb.public-url", String.class).orElse("http://localhost:8080")
                            .replaceAll("/+$", "") + "/support"));
        }
        openAPI.setServers(new java.util.ArrayList<>(List.of(OASFactory.createServer()
                .url(config.getOptionalValue("cthb.public-url", String.class).orElse("/"))
                .description("This service"))));
    }

    /** Examples of the main request bodies, by schema name (a schema a branch renames simply loses its example). */
    private static void examples(Components components) {
        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put("NewAccount", Map.of("email", "officer@mod.example.lv", "password", "a-long-pass-phrase-2027",
                "role", "NATION_OFFICER", "nation", "LVA"));
        examples.put("Answer", Map.of("options", List.of("2")));
        examples.put("GrantRequest", Map.of("module", "reporting", "extraAttempts", 1,
                "reason", "Interrupted by a deployment briefing"));
        examples.put("PasswordChange", Map.of("currentPassword", "the-old-pass-phrase-2026",
                "newPassword", "a-new-long-pass-phrase-2027"));
        examples.put("PasswordReset", Map.of("password", "a-new-long-pass-phrase-2027"));
        examples.put("Revocation", Map.of("reason", "Issued to the wrong person"));
        examples.put("Done", Map.of("alternative", false));
        examples.put("Me", Map.of("name", "officer@mod.example.lv", "roles", List.of("NATION_OFFICER"),
                "nation", "LVA"));
        examples.put("NationView", Map.of("iso3", "LVA", "nameEn", "Latvia", "nameFr", "Lettonie",
                "natoMember", true));
        Map<String, Schema> schemas = components.getSchemas();
        if (schemas != null) {
            examples.forEach((name, example) -> {
                Schema schema = schemas.get(name);
                // Only an example of this schema: another record of the same simple name may hold the name.
                if (schema != null && schema.getExample() == null && schema.getProperties() != null
                        && example instanceof Map<?, ?> fields
                        && schema.getProperties().keySet().containsAll(fields.keySet())) {
                    schema.setExample(example);
                }
            });
        }
    }

    /**
     * The schemes the service accepts. Quarkus adds an {@code openIdConnect} scheme as soon as the OIDC extension is
     * present, without a URL while no provider is configured: invalid. It is kept only with the provider's discovery
     * document as its URL.
     */
    private static void securitySchemes(Components components) {
        var config = ConfigProvider.getConfig();
        boolean oidc = config.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class).orElse(true)
                && config.getOptionalValue("quarkus.oidc.auth-server-url", String.class).isPresent();
        Map<String, SecurityScheme> schemes = components.getSecuritySchemes();
        if (schemes == null) {
            return;
        }
        for (SecurityScheme scheme : schemes.values()) {
            if (scheme.getType() != SecurityScheme.Type.OPENIDCONNECT
                    || (scheme.getOpenIdConnectUrl() != null && !scheme.getOpenIdConnectUrl().isBlank())) {
                continue;
            }
            if (oidc) {
                scheme.setOpenIdConnectUrl(config.getValue("quarkus.oidc.auth-server-url", String.class)
                        .replaceAll("/+$", "") + "/.well-known/openid-configuration");
                scheme.setDescription("A bearer token of the configured OpenID Connect provider; HTTP Basic and the"
                        + " session cookie of a signed-in browser work too");
            } else {
                // The operations name this scheme; without a provider, what they take is HTTP Basic (or a session).
                scheme.setType(SecurityScheme.Type.HTTP);
                scheme.setScheme("basic");
                scheme.setDescription("HTTP Basic with an account's e-mail and password (or the session cookie of a"
                        + " signed-in browser, with its CSRF token on changes)");
            }
        }
    }
}
