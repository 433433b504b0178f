package org.cthb.readiness.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the password and session pages, in English; French in {@code messages/sessionmsg_fr.properties}.
 * A bundle of its own because Quarkus 3.28 generates broken code for a bundle of more than 300 messages
 * (quarkusio/quarkus#55584) and {@code web/Msg} is at that limit. Templates reach it as {@code {sessionmsg:...}}.
 */
@MessageBundle(value = "sessionmsg", locale = "en")
public interface SessionMsg {


    @Message("Change password")
    String change_password();

    @Message("Current password")
    String current_password();

    @Message("New password")
    String new_password();

    @Message("New password, again")
    String new_password_again();

    @Message("12 to 128 characters; a phrase of several words is best. Common passwords and passwords containing your e-mail are refused. Your other sessions end.")
    String password_rules();

    @Message("Your password has been changed; your other sessions have ended.")
    String password_changed();

    @Message("You sign in through your organisation's identity provider (OpenID Connect): change your password there.")
    String password_managed_elsewhere();

    @Message("Account {email} updated.")
    String account_updated(String email);

    @Message("Disabling an account or resetting its password ends all of its sessions at once.")
    String account_actions_end_sessions();

    @Message("Status")
    String account_status();

    @Message("Active")
    String account_enabled();

    @Message("Disabled")
    String account_disabled();

    @Message("Disable")
    String disable();

    @Message("Enable")
    String enable();

    @Message("Disable {email}")
    String disable_account(String email);

    @Message("Enable {email}")
    String enable_account(String email);

    @Message("Reset password")
    String reset_password();

    @Message("New password for {email}")
    String new_password_for(String email);

    @Message("Signs in through OpenID Connect")
    String signs_in_with_oidc();
}
