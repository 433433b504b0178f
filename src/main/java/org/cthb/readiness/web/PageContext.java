package org.cthb.readiness.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.security.IdentityAttributes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;

/**
 * What the layout needs on every page: the language, who is signed in and where "Support" leads. Templates
 * reach it as {@code {inject:page...}}.
 */
@Named("page")
@RequestScoped
public class PageContext {

    public static final String LANGUAGE_COOKIE = "cthb-lang";

    @Inject
    HttpServerRequest request;
    @Inject
    SecurityIdentity identity;
    @Inject
    SupportLinks supportLinks;
    @Inject
    CurrentVertxRequest currentRequest;
    @ConfigProperty(name = "cthb.app-version", defaultValue = "1")
    String assetVersion;

    private Locale locale;
    private boolean withoutIdentity;

    /** Renders a page in the visitor's language. */
    public TemplateInstance render(TemplateInstance page) {
        return page.setLocale(locale());
    }

    /**
     * Renders this request as for an anonymous visitor: when the database is away, asking who is signed in would
     * fail again, so the outage page must not ask.
     */
    public void forgetIdentity() {
        withoutIdentity = true;
    }

    public Locale locale() {
        if (locale == null) {
            locale = Locale.forLanguageTag(Languages.resolve(rememberedLanguage(), request.getHeader("Accept-Language")));
        }
        return locale;
    }

    public String lang() {
        return locale().getLanguage();
    }

    public String otherLang() {
        return "fr".equals(lang()) ? "en" : "fr";
    }

    public String otherLangName() {
        return "fr".equals(lang()) ? "English" : "Français";
    }

    /** The languages a visitor can switch to, in configured order: every one but the page's own. */
    public java.util.List<LanguageChoice> otherLanguages() {
        return Languages.supported().stream().filter(l -> !l.equals(lang()))
                .map(l -> new LanguageChoice(l, Languages.ownName(l))).toList();
    }

    /** A language offered by the switch: its code (for {@code lang}) and its name in itself. */
    public record LanguageChoice(String code, String name) {
    }

    /** The current path and query, for links that come back here (language switch, sign-in). */
    public String here() {
        String uri = request.uri();
        return uri == null || uri.isBlank() ? "/" : uri;
    }

    public String hereEncoded() {
        return java.net.URLEncoder.encode(here(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean signedIn() {
        SecurityIdentity current = identity();
        return current != null && !current.isAnonymous();
    }

    public String user() {
        return signedIn() ? identity().getPrincipal().getName() : "";
    }

    public boolean is(String role) {
        return signedIn() && identity().hasRole(role);
    }

    public boolean isAdmin() {
        return is(Role.ADMIN_NAME);
    }

    /** A nation officer with a nation: the one who sees that nation's readiness and standard. */
    public boolean isOfficer() {
        return is(Role.OFFICER_NAME) && nation() != null;
    }

    public String nation() {
        return signedIn() ? identity().getAttribute(IdentityAttributes.NATION) : null;
    }

    /**
     * The nation's support link, which is read from the database: a page rendered on the I/O thread (the 403 page
     * of a role check, which runs before the request reaches a worker) must not block there, and links to the
     * general support page instead.
     */
    public String supportUrl() {
        String nation = nation();
        return nation != null && !BlockingOperationControl.isBlockingAllowed() ? supportLinks.forNation(null)
                : supportLinks.forNation(nation);
    }

    /**
     * Whether {@link CsrfGuard} gave this request a token (it gives none to static files and {@code /q/} paths),
     * so that an error page there renders without the sign-out form instead of a form that cannot work.
     */
    public boolean hasCsrfToken() {
        RoutingContext context = currentRequest.getCurrent();
        return context != null && context.get("csrf_token") != null;
    }

    public String assetVersion() {
        return assetVersion;
    }

    private String rememberedLanguage() {
        Cookie cookie = request.getCookie(LANGUAGE_COOKIE);
        if (cookie != null) {
            return cookie.getValue();
        }
        return signedIn() ? identity().getAttribute(IdentityAttributes.LANGUAGE) : null;
    }

    /**
     * The identity when it can be known without blocking. A page rendered on the I/O thread (an error page for a
     * path no endpoint serves) must not trigger lazy authentication: it uses an identity already established, or
     * renders for an anonymous visitor.
     */
    private SecurityIdentity identity() {
        if (withoutIdentity) {
            return null;
        }
        if (BlockingOperationControl.isBlockingAllowed()) {
            return identity;
        }
        RoutingContext context = currentRequest.getCurrent();
        return context != null && context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    }
}
