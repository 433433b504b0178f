package org.cthb.readiness.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.security.IdentityAttributes;

import java.util.Optional;

/** Checks a password against an account and builds the identity that every later request carries. */
@ApplicationScoped
public class SignIn {

    @Inject
    PasswordHasher hasher;
    @Inject
    LoginThrottle throttle;

    public SecurityIdentity withPassword(String email, String password, String address) {
        String login = Account.normalise(email);
        // Refuses, before any password is checked, an attempt that comes too soon after failures.
        throttle.admit(login, address);
        Optional<Account> account = enabledAccount(login);
        boolean ok = hasher.matches(password, account.map(a -> a.passwordHash).orElse(null));
        if (!ok || account.isEmpty()) {
            throttle.recordFailure(login, address);
            throw new AuthenticationFailedException("Wrong e-mail or password");
        }
        throttle.recordSuccess(login);
        return identityOf(account.get());
    }

    @Transactional
    Optional<Account> enabledAccount(String email) {
        return Account.byEmail(email).filter(a -> a.enabled);
    }

    /** Also used by {@link Sessions} to rebuild a session's identity (a disabled account or a new role applies at once). */
    static SecurityIdentity identityOf(Account account) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.email))
                .addRole(account.role.name())
                .addAttribute(IdentityAttributes.LANGUAGE, account.language)
                .addAttribute(IdentityAttributes.ACCOUNT_ID, account.id);
        if (account.nationIso3 != null) {
            builder.addAttribute(IdentityAttributes.NATION, account.nationIso3);
        }
        return builder.build();
    }
}
