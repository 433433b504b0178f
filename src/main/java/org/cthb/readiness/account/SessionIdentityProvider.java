package org.cthb.readiness.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns the session token stored in the encrypted cookie back into a full identity, if that session is still open
 * in the database. A cookie for a session that ended counts as no sign-in at all: the visitor is anonymous, so pages
 * send them to the sign-in form and the API answers 401, and the sign-in form itself still shows.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    /** Anonymous, with an empty principal name: the form mechanism reads the name of whatever identity it gets. */
    private static final SecurityIdentity NO_SESSION = QuarkusSecurityIdentity.builder().setAnonymous(true)
            .setPrincipal(new QuarkusPrincipal("")).build();

    @Inject
    Sessions sessions;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.restore(request.getPrincipal()).orElse(NO_SESSION));
    }
}
