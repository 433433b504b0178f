package org.cthb.readiness.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The CSRF token of this request, for templates ({@code {inject:csrf.parameterName}} and {@code {inject:csrf.token}})
 * and for scripts ({@code GET /api/csrf}). {@link CsrfGuard} reads it from the {@value #COOKIE} cookie or makes a
 * new one; a form proves it came from this site by sending the same value back.
 */
@Named("csrf")
@ApplicationScoped
public class CsrfTokens {

    /** The cookie that holds the token: a browser-session cookie, so it lives at least as long as the sign-in. */
    public static final String COOKIE = "cthb-csrf";
    /** The form field every form carries. */
    public static final String FORM_FIELD = "csrf-token";
    /** The header scripts send instead of the form field. */
    public static final String HEADER = "X-CSRF-TOKEN";
    /** Where the guard leaves this request's token. */
    static final String CONTEXT_KEY = "csrf_token";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentVertxRequest currentRequest;

    public String getParameterName() {
        return FORM_FIELD;
    }

    public String getHeaderName() {
        return HEADER;
    }

    /** This request's token; empty when the guard did not run (a path it leaves alone). */
    public String getToken() {
        RoutingContext context = currentRequest.getCurrent();
        Object token = context == null ? null : context.get(CONTEXT_KEY);
        return token == null ? "" : token.toString();
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean wellFormed(String token) {
        return token != null && WELL_FORMED.matcher(token).matches();
    }

    /** Constant-time comparison, so that timing tells an attacker nothing about the expected token. */
    static boolean same(String expected, String sent) {
        return wellFormed(expected) && sent != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }
}
