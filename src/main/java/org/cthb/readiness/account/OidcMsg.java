package org.cthb.readiness.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the OpenID Connect sign-in's refusal page, in English (French in {@code messages/oidc_fr.properties}). A
 * bundle of its own: {@code Msg} is near Quarkus's limit of messages.
 */
@MessageBundle(value = "oidc", locale = "en")
public interface OidcMsg {

    @Message("Sign-in refused")
    String oidc_refused_title();

    @Message("Your organisation's sign-in worked, but this service cannot let you in with what it says about you.")
    String oidc_refused_intro();

    @Message("It gives no verified e-mail address, and accounts here are matched by e-mail.")
    String oidc_NO_VERIFIED_EMAIL();

    @Message("None of its roles is one this service knows:")
    String oidc_UNKNOWN_ROLE();

    @Message("Its nation is not one this service knows:")
    String oidc_UNKNOWN_NATION();

    @Message("This role needs a nation, and it gives none:")
    String oidc_NATION_REQUIRED();

    @Message("Your account here is disabled:")
    String oidc_ACCOUNT_DISABLED();

    @Message("Ask your administrator to fix your account at your organisation, or to map its values here. The refusal"
            + " has been recorded.")
    String oidc_refused_next();

    @Message("Sign in with a local account")
    String oidc_local_signin();
}
