package org.cthb.readiness.account;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.security.IdentityAttributes;
import org.cthb.readiness.security.Role;

/**
 * The account behind the current request. People who sign in through OpenID Connect get an account row on
 * their first visit (without a password), so their progress is recorded like everyone else's.
 */
@RequestScoped
public class CurrentAccount {

    @Inject
    SecurityIdentity identity;

    private Long id;

    @Transactional
    public long id() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        Object refused = identity.getAttribute(OidcClaimsAugmentor.REFUSED);
        if (refused != null) {
            throw new org.cthb.readiness.error.Forbidden("Your OpenID Connect token is refused: " + refused);
        }
        if (id == null) {
            id = identity.getAttribute(IdentityAttributes.ACCOUNT_ID);
        }
        if (id == null) {
            id = Account.byEmail(identity.getPrincipal().getName()).map(a -> a.id).orElseGet(this::provision);
        }
        return id;
    }

    public String name() {
        return identity.getPrincipal().getName();
    }

    private long provision() {
        Account account = new Account();
        account.email = Account.normalise(identity.getPrincipal().getName());
        // The strongest of the service's roles the identity holds; other values are not roles of ours.
        account.role = identity.getRoles().stream().flatMap(r -> java.util.Arrays.stream(Role.values())
                        .filter(known -> known.name().equals(r))).max(java.util.Comparator.naturalOrder())
                .orElse(Role.LEARNER);
        account.nationIso3 = identity.getAttribute(IdentityAttributes.NATION);
        account.language = "en";
        account.enabled = true;
        account.persist();
        return account.id;
    }
}
