package org.cthb.readiness.account;

import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.error.RetryLater;

/**
 * Signs in with e-mail and password, for the sign-in form and for HTTP Basic alike. The client's address is the
 * peer's, or what a configured proxy forwarded (quarkus.http.proxy.*), never a header anyone may send.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    SignIn signIn;
    @Inject
    PasswordHashing hashing;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = http == null || http.request().remoteAddress() == null
                ? "unknown" : http.request().remoteAddress().hostAddress();
        Uni<SecurityIdentity> checked = hashing.isFull()
                ? refusedForNow()
                : context.runBlocking(() -> signIn.withPassword(request.getUsername(),
                        new String(request.getPassword().getPassword()), address));
        return checked.onFailure().transform(e -> isFormPost(http) ? backToTheForm(e) : e);
    }

    /** A full pool refuses before the throttle's and the account's queries, held for a moment (see refusalDelay). */
    private Uni<SecurityIdentity> refusedForNow() {
        return Uni.createFrom().voidItem().onItem().delayIt().by(hashing.refusalDelay())
                .onItem().transformToUni(ignored -> Uni.createFrom().failure(hashing.busy()));
    }

    /** The form is answered with the sign-in page saying how long to wait; scripts get the status (ProblemMapper). */
    private static Throwable backToTheForm(Throwable failure) {
        // Quarkus hands the refusal over wrapped in an AuthenticationFailedException.
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RetryLater refusal) {
                String reason = refusal.status() == 503 ? "busy" : "wait";
                return new AuthenticationRedirectException(303, "/signin?" + reason + "=" + refusal.retryAfterSeconds());
            }
        }
        return failure;
    }

    private static boolean isFormPost(RoutingContext http) {
        return http != null && http.request().method() == HttpMethod.POST
                && http.normalizedPath().endsWith("/j_security_check");
    }
}
