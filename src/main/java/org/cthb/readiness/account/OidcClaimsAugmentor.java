package org.cthb.readiness.account;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.security.IdentityAttributes;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * A request with an OpenID Connect bearer token is the account its claims sign in to, exactly as the browser's
 * sign-in ({@link OidcSignIn}) makes it: matched by verified e-mail, role and nation mapped by configuration, the
 * strongest known role winning ({@link OidcAccounts}). The identity's name is the account's e-mail (never the
 * provider's user name), its only role the mapped one, its nation the mapped one. A token the claims do not allow
 * (unknown role or nation, unverified e-mail, disabled account) keeps no role and carries the reason
 * ({@link #REFUSED}), so the request gets a 403 naming it, and an audit line; never a 500.
 * <p>
 * The browser's code flow (an ID token present) is left alone: its only page, {@code /signin/oidc}, opens a local
 * session from the same rules.
 */
@ApplicationScoped
public class OidcClaimsAugmentor implements SecurityIdentityAugmentor {

    /** Attribute of a bearer identity whose claims were refused: the reason and the value at fault. */
    public static final String REFUSED = "cthb.oidc-refused";

    @Inject
    OidcAccounts accounts;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || identity.getCredential(AccessTokenCredential.class) == null
                || identity.getCredential(IdTokenCredential.class) != null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                    .addCredentials(identity.getCredentials()).addAttributes(identity.getAttributes());
            try {
                OidcAccounts.SignedIn account = accounts.signIn(token);
                builder.setPrincipal(new AccountToken(token, account.email())).addRoles(Set.of(account.role().name()));
                if (account.nation() != null) {
                    builder.addAttribute(IdentityAttributes.NATION, account.nation());
                }
            } catch (OidcAccounts.Refused refused) {
                builder.setPrincipal(token).addAttribute(REFUSED, refused.reason.name()
                        + (refused.value == null ? "" : " (" + refused.value + ")"));
            }
            return builder.build();
        });
    }

    /** The provider's token, named by the account's e-mail. */
    record AccountToken(JsonWebToken token, String email) implements JsonWebToken {
        @Override
        public String getName() {
            return email;
        }

        @Override
        public Set<String> getClaimNames() {
            return token.getClaimNames();
        }

        @Override
        public <T> T getClaim(String claimName) {
            return token.getClaim(claimName);
        }
    }
}
