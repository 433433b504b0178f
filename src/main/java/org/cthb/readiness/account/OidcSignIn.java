package org.cthb.readiness.account;

import io.quarkus.oidc.IdToken;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.web.LocalRedirect;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;

/**
 * The browser's OpenID Connect sign-in: the authorization code flow with PKCE (Quarkus OIDC does the exchange, this
 * page is its redirect URI; the path permission {@code oidc-sign-in} in application.properties makes its challenge the
 * redirect to the provider rather than the sign-in form), then a local session exactly like the sign-in form's, so that the rest of the service
 * sees one kind of session; the provider's own session cookie is dropped. Unauthenticated pages send browsers here
 * when OIDC is on ({@link org.cthb.readiness.web.ProblemMapper}); the local form at {@code /signin} stays, so a
 * local administrator can sign in while the provider is down.
 */
@Path("/signin/oidc")
public class OidcSignIn {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(String reason, String value);
    }

    private static final String RETURN_COOKIE = "quarkus-redirect-location";

    @Inject
    @IdToken
    JsonWebToken idToken;
    @Inject
    OidcAccounts accounts;
    @Inject
    RoutingContext http;
    @Inject
    PageContext page;

    @Inject
    SessionCookie sessionCookie;
    @ConfigProperty(name = "quarkus.oidc.authentication.cookie-suffix")
    java.util.Optional<String> oidcCookieSuffix;

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response signIn(@CookieParam(RETURN_COOKIE) String returnTo) {
        String email;
        try {
            email = accounts.accountFor(idToken);
        } catch (OidcAccounts.Refused refused) {
            page.forgetIdentity();
            return dropProviderSession(Response.status(403).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page.render(Templates.refused(refused.reason.name(), refused.value)))).build();
        }
        sessionCookie.signIn(email, http);
        return dropProviderSession(Response.seeOther(URI.create(LocalRedirect.safe(path(returnTo)))))
                .cookie(new NewCookie.Builder(RETURN_COOKIE).path("/").maxAge(0).value("").build()).build();
    }

    /** The provider's session lives on in the provider; here only the local session counts. */
    private Response.ResponseBuilder dropProviderSession(Response.ResponseBuilder response) {
        String name = "q_session" + oidcCookieSuffix.map(suffix -> "_" + suffix).orElse("");
        return response.cookie(new NewCookie.Builder(name).path("/").maxAge(0).value("").build());
    }

    /** The path and query of the page the browser wanted (the cookie holds an absolute URI of this site). */
    private static String path(String returnTo) {
        if (returnTo == null || returnTo.isBlank()) {
            return "/";
        }
        try {
            URI uri = URI.create(returnTo);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
