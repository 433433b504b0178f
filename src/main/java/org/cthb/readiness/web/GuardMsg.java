package org.cthb.readiness.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the CSRF refusal page and problem, in a bundle of their own: Quarkus 3.28 generates a broken class
 * (VerifyError at start) for a bundle of more than 300 messages, and {@link Msg} is at that limit. Templates reach
 * these as {@code {guard:...}}; French in {@code messages/guard_fr.properties}.
 */
@MessageBundle(value = "guard", locale = "en")
public interface GuardMsg {

    @Message("Your form was not accepted")
    String csrf_refused_title();

    @Message("Every form carries a security token proving it was sent from a page of this site. This one was missing or no longer valid (for example after signing out, signing in again or restarting the browser), so nothing was saved.")
    String csrf_refused_explain();

    @Message("What you entered is kept below. Check it and send it again:")
    String csrf_refused_resend();

    @Message("What you entered is shown below so that you can copy it. Open the page again from this site to send it.")
    String csrf_refused_copy();

    @Message("Send again")
    String csrf_send_again();

    @Message("Sign in again")
    String csrf_sign_in_again();

    @Message("Missing or invalid CSRF token. A request authenticated by the session cookie must send the token of GET /api/csrf in the X-CSRF-TOKEN header (or the csrf-token form field) with its cookie; a script can instead authenticate with an Authorization header (Basic or Bearer), which needs no token.")
    String csrf_refused_api();
}
