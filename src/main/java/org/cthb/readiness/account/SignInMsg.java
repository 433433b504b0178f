package org.cthb.readiness.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of sign-in refusals and the throttles page, in English; French in {@code messages/signin_fr.properties}.
 * A bundle of its own because Quarkus 3.28 cannot generate a bundle of more than 300 keys (quarkus#55584).
 */
@MessageBundle(value = "signin", locale = "en")
public interface SignInMsg {

    @Message("Too many failed sign-ins for this account or from this address: try again in {seconds} seconds.")
    String too_soon(long seconds);

    @Message("Many people are signing in right now: please try again in {seconds} seconds.")
    String busy(long seconds);

    @Message("Sign-in throttles")
    String throttles();

    @Message("Accounts and addresses with recent failed sign-ins. After a few free failures each next attempt must wait, twice as long after each failure, at most 15 minutes; a successful sign-in clears the account. Clearing lets the next attempt come at once.")
    String throttles_intro();

    @Message("No failed sign-ins in the last hour.")
    String throttles_none();

    @Message("Cleared: {subject}.")
    String cleared(String subject);

    @Message("Account or address")
    String subject();

    @Message("Failures")
    String failures();

    @Message("Last failure (UTC)")
    String last_failure();

    @Message("Seconds to wait")
    String wait_seconds();

    @Message("Clear")
    String clear();

    @Message("account")
    String account();

    @Message("address")
    String address();
}
