package org.cthb.readiness.account;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small OpenID Connect provider on loopback for the sign-in tests: discovery, keys, an authorization endpoint that
 * signs in whoever the test says ({@link #nextUser}) and a token endpoint that insists on PKCE (S256). It can be
 * stopped and started again, to play a provider that is down.
 */
public final class TestOidcProvider {

    public static final TestOidcProvider INSTANCE = new TestOidcProvider();
    public static final String CLIENT_ID = "cthb-readiness";
    public static final String CLIENT_SECRET = "a-client-secret-of-more-than-32-characters-for-tests";

    /** The claims of the person who signs in next. */
    public volatile Map<String, Object> nextUser = Map.of();
    /** What the last authorization request carried. */
    public volatile Map<String, String> lastAuthorization = Map.of();
    public volatile boolean lastTokenRequestHadVerifier;

    private final RsaJsonWebKey key;
    private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
    private final int port;
    private HttpServer server;

    private TestOidcProvider() {
        try {
            key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("test-key");
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            port = server.getAddress().getPort();
            start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + port + "/realm";
    }

    public synchronized void stop() {
        server.stop(0);
        server = null;
    }

    public synchronized void start() {
        try {
            if (server == null) {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            }
            server.createContext("/realm/.well-known/openid-configuration", this::discovery);
            server.createContext("/realm/jwks", e -> json(e, 200, new JsonWebKeySet(key).toJson()));
            server.createContext("/realm/authorize", this::authorize);
            server.createContext("/realm/token", this::token);
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void discovery(HttpExchange e) throws IOException {
        String base = issuer();
        json(e, 200, "{\"issuer\":\"" + base + "\",\"authorization_endpoint\":\"" + base + "/authorize\","
                + "\"token_endpoint\":\"" + base + "/token\",\"jwks_uri\":\"" + base + "/jwks\","
                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                + "\"code_challenge_methods_supported\":[\"S256\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\",\"client_secret_post\"]}");
    }

    /** Signs in {@link #nextUser} at once and sends the browser back with a code. */
    private void authorize(HttpExchange e) throws IOException {
        Map<String, String> query = form(e.getRequestURI().getRawQuery());
        lastAuthorization = query;
        String code = UUID.randomUUID().toString();
        Map<String, String> grant = new HashMap<>(query);
        grant.put("claims", org.jose4j.json.JsonUtil.toJson(nextUser));
        codes.put(code, grant);
        String location = query.get("redirect_uri") + (query.get("redirect_uri").contains("?") ? "&" : "?")
                + "code=" + code + "&state=" + URLEncoder.encode(query.getOrDefault("state", ""),
                StandardCharsets.UTF_8);
        e.getResponseHeaders().add("Location", location);
        e.sendResponseHeaders(302, -1);
        e.close();
    }

    private void token(HttpExchange e) throws IOException {
        Map<String, String> body = form(new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, String> grant = codes.remove(body.getOrDefault("code", ""));
        lastTokenRequestHadVerifier = body.containsKey("code_verifier");
        if (grant == null || !grant.get("redirect_uri").equals(body.get("redirect_uri"))) {
            json(e, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        if (grant.containsKey("code_challenge") && !s256(body.getOrDefault("code_verifier", ""))
                .equals(grant.get("code_challenge"))) {
            json(e, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"PKCE verification failed\"}");
            return;
        }
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(issuer());
            claims.setAudience(CLIENT_ID);
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(10);
            claims.setGeneratedJwtId();
            Map<String, Object> user = org.jose4j.json.JsonUtil.parseJson(grant.get("claims"));
            user.forEach(claims::setClaim);
            if (grant.get("nonce") != null) {
                claims.setClaim("nonce", grant.get("nonce"));
            }
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key.getPrivateKey());
            jws.setKeyIdHeaderValue(key.getKeyId());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            String idToken = jws.getCompactSerialization();
            claims.setAudience(List.of(CLIENT_ID));
            json(e, 200, "{\"access_token\":\"" + idToken + "\",\"id_token\":\"" + idToken
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":600}");
        } catch (Exception ex) {
            json(e, 500, "{\"error\":\"server_error\"}");
        }
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void json(HttpExchange e, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().add("Content-Type", "application/json");
        e.sendResponseHeaders(status, bytes.length);
        e.getResponseBody().write(bytes);
        e.close();
    }
}
