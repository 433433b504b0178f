package org.cthb.readiness.xapi;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the xAPI outbox page and of the OpenID Connect refusal, in English (French in
 * {@code messages/xapi_fr.properties}). A bundle of its own: {@code Msg} is near Quarkus's limit of messages.
 */
@MessageBundle(value = "xapi", locale = "en")
public interface XapiMsg {

    @Message("Learning records (xAPI)")
    String xapi_title();

    @Message("Statements waiting for each nation's Learning Record Store. A statement the LRS refuses several times"
            + " becomes a dead letter: fix the cause, then resend it, or discard it. Both are kept in the audit log.")
    String xapi_intro();

    @Message("Nation")
    String xapi_nation();

    @Message("Waiting")
    String xapi_pending();

    @Message("Oldest waiting (seconds)")
    String xapi_oldest();

    @Message("Dead letters")
    String xapi_dead();

    @Message("LRS failures in a row")
    String xapi_failures();

    @Message("Next try")
    String xapi_next_attempt();

    @Message("Last error")
    String xapi_last_error();

    @Message("No nation has a Learning Record Store.")
    String xapi_no_nations();

    @Message("No dead letters.")
    String xapi_no_dead_letters();

    @Message("Statement")
    String xapi_statement();

    @Message("Refused at")
    String xapi_dead_at();

    @Message("LRS answer")
    String xapi_answer();

    @Message("Resend")
    String xapi_resend();

    @Message("Discard")
    String xapi_discard();

    @Message("The statement was put back in the queue.")
    String xapi_resent();

    @Message("The statement was discarded.")
    String xapi_discarded();
}
