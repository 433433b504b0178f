package org.cthb.readiness.lti;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens for a platform's services, by the OAuth 2 client-credentials grant with a JWT client assertion
 * signed by our key (1EdTech Security Framework 4.1); kept until shortly before they expire.
 */
@ApplicationScoped
public class PlatformTokens {

    @Inject
    ToolKeys keys;
    @Inject
    ObjectMapper json;
    @Inject
    PlatformCalls calls;

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant expires) {
    }

    /** Thrown when the platform gives no token; the caller retries later. */
    static class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    String token(LtiPlatform platform, String scope) throws Unavailable, InterruptedException {
        String key = platform.id + " " + scope;
        Token cached = tokens.get(key);
        if (cached != null && cached.expires().isAfter(Instant.now().plusSeconds(30))) {
            return cached.value();
        }
        Instant now = Instant.now();
        String assertion = keys.sign(new JWTClaimsSet.Builder().issuer(platform.clientId).subject(platform.clientId)
                .audience(platform.tokenUrl).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString()).build());
        String form = "grant_type=client_credentials"
                + "&client_assertion_type=" + enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + enc(assertion) + "&scope=" + enc(scope);
        HttpRequest request = calls.request(URI.create(platform.tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        PlatformCalls.Answer response = calls.call(request);
        if (response.status() == null) {
            throw new Unavailable("token endpoint: " + response.error());
        }
        if (response.status() != 200) {
            throw new Unavailable("token endpoint answered " + response.status());
        }
        try {
            JsonNode body = json.readTree(response.body());
            String value = body.path("access_token").asText(null);
            if (value == null) {
                throw new Unavailable("token endpoint gave no access_token");
            }
            Token token = new Token(value, now.plusSeconds(body.path("expires_in").asLong(3600)));
            tokens.put(key, token);
            return token.value();
        } catch (IOException e) {
            throw new Unavailable("token endpoint gave no JSON: " + e.getMessage());
        }
    }

    /** The platform refused a token it gave: ask for a new one next time. */
    void forget(LtiPlatform platform, String scope) {
        tokens.remove(platform.id + " " + scope);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
