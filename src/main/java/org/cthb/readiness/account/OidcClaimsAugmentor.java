package org.cthb.readiness.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cthb.readiness.security.IdentityAttributes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Locale;

/**
 * For people signed in through OpenID Connect, reads their nation from a token claim, so that an identity
 * provider's nation officer is scoped to their nation exactly like a local one. Roles come from the claim
 * named by {@code quarkus.oidc.roles.role-claim-path}.
 */
@ApplicationScoped
public class OidcClaimsAugmentor implements SecurityIdentityAugmentor {

    @ConfigProperty(name = "cthb.oidc.nation-claim", defaultValue = "cthb_nation")
    String nationClaim;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || token.getClaim(nationClaim) == null) {
            return Uni.createFrom().item(identity);
        }
        String nation = token.getClaim(nationClaim).toString().trim().toUpperCase(Locale.ROOT);
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addAttribute(IdentityAttributes.NATION, nation).build());
    }
}
