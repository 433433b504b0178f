package org.cthb.readiness.account;

import java.security.Principal;

/**
 * The principal of the identity that a successful form sign-in hands to Quarkus's form mechanism, which writes its
 * name into the encrypted cookie: the random token of the new server-side session instead of the e-mail. Only the
 * sign-in response ever carries it (that response redirects); every later request is rebuilt from the token by
 * {@link SessionIdentityProvider} with the e-mail as principal.
 */
final class SessionTicket implements Principal {

    private final String token;

    SessionTicket(String token) {
        this.token = token;
    }

    @Override
    public String getName() {
        return token;
    }

    /** Never the token, should anything print the principal. */
    @Override
    public String toString() {
        return "SessionTicket";
    }
}
