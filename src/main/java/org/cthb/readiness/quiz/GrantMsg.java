package org.cthb.readiness.quiz;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the attempt grants, in English (French in {@code messages/grant_fr.properties}). A bundle of its own:
 * Quarkus 3.28 generates unverifiable code for a bundle of more than 300 messages, and {@code Msg} is at that limit.
 */
@MessageBundle(value = "grant", locale = "en")
public interface GrantMsg {

    @Message("You have used every attempt at this quiz. Your training officer can grant you another.")
    String attempts_exhausted();

    @Message("Your training officer has granted you more attempts ({extra}): you may take this quiz again.")
    String attempts_granted(int extra);

    @Message("Quiz attempts of {name}")
    String grant_title(String name);

    @Message("Module")
    String grant_module();

    @Message("Attempts used")
    String grant_used();

    @Message("Passed")
    String grant_passed();

    @Message("Grant more attempts")
    String grant_heading();

    @Message("Extra attempts")
    String grant_extra();

    @Message("Reason (kept in the audit log)")
    String grant_reason();

    @Message("Grant")
    String grant_submit();

    @Message("The attempts were granted; the learner sees that they may try again.")
    String grant_saved();

    @Message("Attempts granted so far")
    String grant_history();

    @Message("No attempts granted yet.")
    String grant_none();

    @Message("{extra} more for {module}, granted by {by}")
    String grant_entry(int extra, String module, String by);

    @Message("This person has no account yet: attempts can be granted once they have signed in.")
    String grant_no_account();

    @Message("Quiz attempts")
    String grant_link();
}
