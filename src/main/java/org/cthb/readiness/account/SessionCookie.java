package org.cthb.readiness.account;

import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Locale;

/**
 * Opens a normal server-side session for an account that signed in elsewhere (an LTI launch, an OpenID Connect
 * provider) and writes the same encrypted cookie the sign-in form gets (Quarkus's form mechanism reads it back on
 * every request), so such a person is signed in exactly like one who typed a password: same lifetime, same
 * sign-out, same ends.
 */
@ApplicationScoped
public class SessionCookie {

    @Inject
    Sessions sessions;
    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    String encryptionKey;
    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String cookieName;
    @ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "PT30M")
    Duration timeout;
    @ConfigProperty(name = "quarkus.http.auth.form.new-cookie-interval", defaultValue = "PT1M")
    Duration newCookieInterval;
    @ConfigProperty(name = "quarkus.http.auth.form.http-only-cookie", defaultValue = "false")
    boolean httpOnly;
    @ConfigProperty(name = "quarkus.http.auth.form.cookie-same-site", defaultValue = "strict")
    String sameSite;
    @ConfigProperty(name = "quarkus.http.auth.form.cookie-path", defaultValue = "/")
    String cookiePath;

    private PersistentLoginManager cookies;

    @PostConstruct
    void init() {
        cookies = new PersistentLoginManager(encryptionKey, cookieName, timeout.toMillis(),
                newCookieInterval.toMillis(), httpOnly, sameSite.toUpperCase(Locale.ROOT), cookiePath, -1, null);
    }

    /** Whether the session cookie may travel inside another site's iframe (only with SameSite=None). */
    public boolean worksInFrames() {
        return "none".equalsIgnoreCase(sameSite);
    }

    /** Opens the session (audited as a sign-in) and sets its cookie on the response. */
    public void signIn(String email, RoutingContext context) {
        String address = context.request().remoteAddress() == null ? null
                : context.request().remoteAddress().hostAddress();
        Sessions.Started session = sessions.start(email, address);
        boolean secure = context.request().isSSL() || "https".equalsIgnoreCase(context.request().scheme());
        cookies.save(session.token(), context, cookieName, null, secure);
    }
}
