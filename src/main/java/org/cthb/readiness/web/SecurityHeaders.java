package org.cthb.readiness.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Security headers on every response (pages, API, static files, errors), set before anything answers. The pages use
 * no script and no inline style, so the policy allows none; images come from this site (course images) or are
 * inline data (QR codes). Strict-Transport-Security only over HTTPS, as seen through a trusted proxy's
 * X-Forwarded-Proto, since browsers ignore it over plain HTTP anyway and local development runs there.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    @Inject
    Instance<FrameAncestors> frameAncestors;

    void register(@Observes Filters filters) {
        filters.register(this::headers, 2000);
    }

    void headers(RoutingContext context) {
        MultiMap headers = context.response().headers();
        String path = context.normalizedPath();
        // Swagger UI and the Dev UI (dev and test only, never in production) are pages made of inline script.
        // Pages an embedding feature lets named sites frame (LTI platforms): those origins, and no X-Frame-Options,
        // which cannot name any.
        String framers = frameAncestors.isResolvable() ? frameAncestors.get().allowedFor(path) : "";
        if (!path.startsWith("/q/swagger-ui") && !path.startsWith("/q/dev")) {
            headers.set("Content-Security-Policy", framers.isEmpty() ? POLICY
                    : POLICY.replace("frame-ancestors 'none'", "frame-ancestors 'self' " + framers));
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        if (framers.isEmpty()) {
            headers.set("X-Frame-Options", "DENY");
        }
        if (context.request().isSSL() || "https".equalsIgnoreCase(context.request().scheme())) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        context.next();
    }
}
