package org.cthb.readiness.security;

/** Attributes that sign-in puts on a security identity, for every later request to read. */
public final class IdentityAttributes {

    /** The nation of a nation officer or of a learner, as ISO 3166-1 alpha-3. */
    public static final String NATION = "cthb.nation";
    /** The language the account chose, en or fr. */
    public static final String LANGUAGE = "cthb.language";
    /**
     * The id of the account a password or a server-side session proved, so that the request needs no second look-up
     * by e-mail. Identities from elsewhere (OpenID Connect) do not carry it.
     */
    public static final String ACCOUNT_ID = "cthb.account-id";

    private IdentityAttributes() {
    }
}
