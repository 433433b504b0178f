package org.cthb.readiness.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An LTI 1.3 platform on loopback, with its own keys: key set, authorization endpoint (answers the form_post with an
 * id_token), token endpoint (checks our client assertion against our published key set) and a line item's score
 * service. It can be switched down (503) and up, its score service can hang, and it can rotate its key.
 */
final class FakePlatform {

    final String issuer;
    final String clientId = "client-" + UUID.randomUUID().toString().substring(0, 8);
    final String deployment = "dep-1";
    final AtomicBoolean up = new AtomicBoolean(true);
    /** While set, the score service holds each request without answering, until {@link #stopHanging}. */
    final AtomicBoolean hangScores = new AtomicBoolean(false);
    final AtomicInteger hangingNow = new AtomicInteger();
    final AtomicInteger jwksFetches = new AtomicInteger();
    private volatile CountDownLatch release = new CountDownLatch(1);
    final List<String> scores = new CopyOnWriteArrayList<>();
    final List<String> refusedAssertions = new CopyOnWriteArrayList<>();
    volatile RSAKey key = newKey();
    volatile String toolJwksUrl;
    /** Changes the claims the authorization endpoint puts in its next id_tokens. */
    volatile Consumer<JWTClaimsSet.Builder> authClaims = b -> { };
    private final HttpServer server;

    FakePlatform() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/" + UUID.randomUUID().toString().substring(0, 8);
        // A thread per request: a held score request must not hold up the platform's other endpoints.
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/jwks", ex -> {
            jwksFetches.incrementAndGet();
            answer(ex, 200, "application/json", new JWKSet(key.toPublicJWK()).toString(true));
        });
        server.createContext("/auth", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/lineitems", this::score);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String lineItem(String name) {
        return base() + "/lineitems/" + name + "/lineitem?type_id=1";
    }

    /** Lets every held score request go (unanswered) and answers the next ones again. */
    void stopHanging() {
        hangScores.set(false);
        release.countDown();
        release = new CountDownLatch(1);
    }

    void rotate() {
        key = newKey();
    }

    /** The registration an administrator would send for this platform. */
    Map<String, Object> registration(String nation) {
        Map<String, Object> r = new HashMap<>();
        r.put("name", "Fake LMS " + clientId);
        r.put("issuer", issuer);
        r.put("clientId", clientId);
        r.put("deploymentIds", List.of(deployment));
        r.put("jwksUrl", base() + "/jwks");
        r.put("authorizationUrl", base() + "/auth");
        r.put("tokenUrl", base() + "/token");
        r.put("nation", nation);
        r.put("roles", Map.of("Learner", "LEARNER", "Instructor", "AUTHOR"));
        return r;
    }

    /** A valid resource-link launch's claims for {@code sub}. */
    JWTClaimsSet.Builder claims(String sub, String nonce) {
        Instant now = Instant.now();
        String lti = "https://purl.imsglobal.org/spec/lti/claim/";
        return new JWTClaimsSet.Builder().issuer(issuer).subject(sub).audience(clientId)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).claim("nonce", nonce)
                .claim(lti + "message_type", "LtiResourceLinkRequest").claim(lti + "version", "1.3.0")
                .claim(lti + "deployment_id", deployment)
                .claim(lti + "target_link_uri", "http://localhost/lti/launch")
                .claim(lti + "resource_link", Map.of("id", "rl-1"))
                .claim(lti + "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"));
    }

    String sign(JWTClaimsSet claims) {
        return sign(claims, key);
    }

    static String sign(JWTClaimsSet claims, RSAKey with) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** OIDC authorization endpoint: answers the launch as an auto-posting form, as a platform does. */
    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        if (!"id_token".equals(q.get("response_type")) || !"form_post".equals(q.get("response_mode"))
                || !"openid".equals(q.get("scope")) || !clientId.equals(q.get("client_id"))) {
            answer(ex, 400, "text/plain", "bad authorization request " + q);
            return;
        }
        JWTClaimsSet.Builder claims = claims(q.get("login_hint"), q.get("nonce"));
        authClaims.accept(claims);
        String html = "<form method=\"post\" action=\"" + q.get("redirect_uri") + "\">"
                + "<input type=\"hidden\" name=\"id_token\" value=\"" + sign(claims.build()) + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + q.get("state") + "\"></form>";
        answer(ex, 200, "text/html", html);
    }

    /** Client-credentials grant: the assertion must be signed by the tool's published key and name this platform. */
    private void token(HttpExchange ex) throws IOException {
        if (!up.get()) {
            answer(ex, 503, "text/plain", "down");
            return;
        }
        Map<String, String> form = query(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        try {
            SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
            JWKSet tool = JWKSet.load(URI.create(toolJwksUrl).toURL());
            RSAKey toolKey = tool.getKeyByKeyId(assertion.getHeader().getKeyID()).toRSAKey();
            JWTClaimsSet c = assertion.getJWTClaimsSet();
            if (!"client_credentials".equals(form.get("grant_type")) || !assertion.verify(new RSASSAVerifier(toolKey))
                    || !clientId.equals(c.getIssuer()) || !clientId.equals(c.getSubject())
                    || !c.getAudience().contains(base() + "/token") || c.getExpirationTime().before(new Date())) {
                throw new IllegalArgumentException("bad assertion");
            }
            answer(ex, 200, "application/json", "{\"access_token\":\"at-" + clientId + "\",\"token_type\":\"Bearer\","
                    + "\"expires_in\":3600,\"scope\":\"" + form.get("scope") + "\"}");
        } catch (Exception e) {
            refusedAssertions.add(String.valueOf(e.getMessage()));
            answer(ex, 400, "application/json", "{\"error\":\"invalid_client\"}");
        }
    }

    private void score(HttpExchange ex) throws IOException {
        if (hangScores.get()) {
            hangingNow.incrementAndGet();
            try {
                release.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                hangingNow.decrementAndGet();
            }
            ex.close();
            return;
        }
        if (!up.get()) {
            answer(ex, 503, "text/plain", "down");
            return;
        }
        if (!("Bearer at-" + clientId).equals(ex.getRequestHeaders().getFirst("Authorization"))
                || !ex.getRequestURI().getPath().endsWith("/lineitem/scores")
                || !"application/vnd.ims.lis.v1.score+json".equals(ex.getRequestHeaders().getFirst("Content-Type"))) {
            answer(ex, 401, "text/plain", "no");
            return;
        }
        scores.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        answer(ex, 204, null, null);
    }

    static Map<String, String> query(String raw) {
        Map<String, String> map = new HashMap<>();
        if (raw == null) {
            return map;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return map;
    }

    private static void answer(HttpExchange ex, int status, String type, String body) throws IOException {
        if (body == null) {
            ex.sendResponseHeaders(status, -1);
        } else {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }
}
