package org.cthb.readiness.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * Opens a server-side session when the sign-in form succeeds, and gives Quarkus's form mechanism its token (as the
 * principal name it stores in the cookie) instead of the e-mail. Runs after every other augmentor. HTTP Basic and
 * OpenID Connect sign-ins never reach the form's address and are left alone.
 */
@ApplicationScoped
public class FormSessionAugmentor implements SecurityIdentityAugmentor {

    @Inject
    Sessions sessions;
    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String postLocation;

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
                                         Map<String, Object> attributes) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (identity.isAnonymous() || http == null || http.request().method() != HttpMethod.POST
                || !http.normalizedPath().endsWith(postLocation) || identity.getPrincipal() instanceof SessionTicket) {
            return Uni.createFrom().item(identity);
        }
        String address = http.request().remoteAddress() == null ? null : http.request().remoteAddress().hostAddress();
        return context.runBlocking(() -> {
            Sessions.Started session = sessions.start(identity.getPrincipal().getName(), address);
            return QuarkusSecurityIdentity.builder(identity).setPrincipal(new SessionTicket(session.token()))
                    .addAttribute(Sessions.SESSION_ID, session.id()).build();
        });
    }
}
