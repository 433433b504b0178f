package org.cthb.readiness.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One CSRF rule for every request, whatever serves it (pages, API, the sign-in endpoint): a state-changing request
 * (POST, PUT, PATCH, DELETE) that a browser authenticates with a session cookie must carry the token of the
 * {@value CsrfTokens#COOKIE} cookie, as the {@value CsrfTokens#FORM_FIELD} form field or the
 * {@value CsrfTokens#HEADER} header, whatever its content type. Sign-in always needs it (login CSRF). A request
 * authenticated by its own {@code Authorization} header (a script's Basic or Bearer credentials) needs none, unless
 * the browser says it comes from another site (a browser can replay remembered Basic credentials).
 *
 * <p>The header and the sign-in token are checked here. A form's field is in its body, which only the endpoint
 * reads: {@link CsrfFormCheck} compares it once the body is read. Refusals are answered by {@link CsrfRefusals}.
 */
@ApplicationScoped
public class CsrfGuard {

    /** A form request whose token is compared once its body is read: the cookie's token ("" when none). */
    static final String PENDING = "cthb.csrf.pending";
    /** The path of a request refused here, for the refusal page it is rerouted to. */
    static final String REFUSED_PATH = "cthb.csrf.refused-path";
    static final String SIGN_IN = "/j_security_check";
    static final String REFUSAL_PAGE = "/csrf-refused";

    /**
     * POSTs that come from another site by design and carry their own single-use proof instead of our token: an LTI
     * platform's login initiation (it starts a login, changes nothing), its launch (the state and nonce of that
     * login, and the platform's signed id_token) and the deep-linking choice (a single-use token of the verified
     * request), which may be posted from an iframe where our CSRF cookie is not kept. See lti/LaunchResource.
     */
    static final Set<String> OWN_CHECKS = Set.of("/lti/login", "/lti/launch", "/lti/deep-link");

    private static final Set<HttpMethod> UNSAFE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    @ConfigProperty(name = "cthb.csrf.session-cookies", defaultValue = "cthb-session,q_session")
    List<String> sessionCookies;

    void register(@Observes Filters filters) {
        // Before authentication, so that a refused sign-in never reaches the form mechanism.
        filters.register(this::guard, 1000);
    }

    void guard(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = context.normalizedPath();
        Cookie cookie = request.getCookie(CsrfTokens.COOKIE);
        String cookieToken = cookie != null && CsrfTokens.wellFormed(cookie.getValue()) ? cookie.getValue() : null;
        if (!path.startsWith("/static/") && !path.startsWith("/q/")) {
            String token = cookieToken;
            if (token == null) {
                token = CsrfTokens.newToken();
                issue(context, token);
            }
            context.put(CsrfTokens.CONTEXT_KEY, token);
        }
        if (!UNSAFE.contains(request.method()) || !needsToken(request, path)) {
            context.next();
            return;
        }
        String header = request.getHeader(CsrfTokens.HEADER);
        if (header != null) {
            pass(context, CsrfTokens.same(cookieToken, header), path);
        } else if (SIGN_IN.equals(path)) {
            // The form mechanism reads the sign-in body itself, so the form sends its token in the query string.
            pass(context, CsrfTokens.same(cookieToken, request.getParam(CsrfTokens.FORM_FIELD)), path);
        } else if (isForm(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            context.put(PENDING, cookieToken == null ? "" : cookieToken);
            context.next();
        } else {
            pass(context, false, path);
        }
    }

    private void pass(RoutingContext context, boolean valid, String path) {
        if (!valid) {
            context.put(REFUSED_PATH, path);
            context.reroute(HttpMethod.GET, REFUSAL_PAGE);
            return;
        }
        if (SIGN_IN.equals(path)) {
            // A new token with the new session: one that was ever in a query string or planted before sign-in
            // is worth nothing afterwards.
            String fresh = CsrfTokens.newToken();
            issue(context, fresh);
            context.put(CsrfTokens.CONTEXT_KEY, fresh);
        }
        context.next();
    }

    private boolean needsToken(HttpServerRequest request, String path) {
        if (OWN_CHECKS.contains(path)) {
            return false;
        }
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null && !crossSite(request)) {
            return false;
        }
        return SIGN_IN.equals(path) || request.cookies().stream()
                .anyMatch(c -> sessionCookies.stream().anyMatch(name -> c.getName().startsWith(name)));
    }

    /** What the browser says about where the request comes from; scripts say nothing. */
    static boolean crossSite(HttpServerRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin != null && !origin.equalsIgnoreCase(request.scheme() + "://" + request.authority());
    }

    /** Whether the browser says the request comes from a page of this site. */
    static boolean sameOrigin(HttpServerRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin != null && origin.equalsIgnoreCase(request.scheme() + "://" + request.authority());
    }

    private static boolean isForm(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).trim();
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }

    private static void issue(RoutingContext context, String token) {
        boolean https = context.request().isSSL() || "https".equalsIgnoreCase(context.request().scheme());
        // No Max-Age: the cookie lasts as long as the browser session, like the sign-in's own cookie, so a token
        // never expires under a learner who pauses (the session's 8 hours are counted inside its cookie).
        context.response().addCookie(Cookie.cookie(CsrfTokens.COOKIE, token).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setSecure(https));
    }
}
