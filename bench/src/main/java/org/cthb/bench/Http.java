package org.cthb.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** One HTTP client for the whole run (JDK HttpClient, HTTP/1.1 keep-alive), with per-user session cookies. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    final String base;
    final HttpClient client;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "http");
        t.setDaemon(true);
        return t;
    });

    Http(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * A signed-in user: the session cookie the form sign-in gave, and the CSRF token that goes with it (a browser
     * session's every change carries it), each renewed when the service sends a new one.
     */
    static final class Session {
        final String email;
        volatile String cookie;
        volatile String csrf;

        Session(String email, String cookie, String csrf) {
            this.email = email;
            this.cookie = cookie;
            this.csrf = csrf;
        }
    }

    HttpRequest.Builder request(String path, Session session) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(15));
        if (session != null && session.cookie != null) {
            String csrf = session.csrf;
            b.header("Cookie", "cthb-session=" + session.cookie + (csrf == null ? "" : "; cthb-csrf=" + csrf));
            if (csrf != null) {
                b.header("X-CSRF-TOKEN", csrf);
            }
        }
        return b;
    }

    static HttpRequest.Builder basic(HttpRequest.Builder b, String email, String password) {
        return b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (email + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends asynchronously; the session takes any renewed cookie from the response. */
    CompletableFuture<HttpResponse<String>> send(HttpRequest request, Session session) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
            renew(r, session);
            return r;
        });
    }

    HttpResponse<String> sendNow(HttpRequest request, Session session) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        renew(r, session);
        return r;
    }

    /** Sends, and fails loudly on anything but the expected status: data set steps must not go wrong silently. */
    JsonNode expect(HttpRequest request, Session session, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = sendNow(request, session);
        if (r.statusCode() != status) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + r.statusCode()
                    + ": " + abbreviate(r.body()));
        }
        return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
    }

    /**
     * The form sign-in request, as a browser posts it after loading the sign-in page: the page's CSRF token in the
     * form's action and its cookie (a token of the same form as the service's, so no page load is measured here).
     */
    HttpRequest signInRequest(String email, String password) {
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        String token = newCsrfToken();
        return HttpRequest.newBuilder(URI.create(base + "/j_security_check?csrf-token=" + token))
                .timeout(Duration.ofSeconds(120)).header("Cookie", "cthb-csrf=" + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static String newCsrfToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The value of cookie {@code name} the response sets, or null. */
    static String setCookie(HttpResponse<?> response, String name) {
        for (String c : response.headers().allValues("set-cookie")) {
            if (c.startsWith(name + "=")) {
                String value = c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** The session cookie of a successful sign-in response (302 with Set-Cookie), or null. */
    static String sessionCookie(HttpResponse<?> response) {
        if (response.statusCode() != 302) {
            return null;
        }
        for (String c : response.headers().allValues("set-cookie")) {
            if (c.startsWith("cthb-session=")) {
                String value = c.substring("cthb-session=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    Session signIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(signInRequest(email, password), HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(r);
        if (cookie == null) {
            throw new IllegalStateException("Sign-in of " + email + " failed: " + r.statusCode() + " "
                    + r.headers().firstValue("location").orElse(""));
        }
        return new Session(email, cookie, setCookie(r, "cthb-csrf"));
    }

    private static void renew(HttpResponse<?> r, Session session) {
        if (session == null) {
            return;
        }
        String cookie = setCookie(r, "cthb-session");
        if (cookie != null) {
            session.cookie = cookie;
        }
        String csrf = setCookie(r, "cthb-csrf");
        if (csrf != null) {
            session.csrf = csrf;
        }
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    void close() {
        executor.shutdownNow();
    }
}
