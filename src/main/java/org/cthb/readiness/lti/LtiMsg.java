package org.cthb.readiness.lti;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the LTI pages, in English; French in {@code messages/lti_fr.properties}. */
@MessageBundle(value = "lti", locale = "en")
public interface LtiMsg {

    @Message("The launch from your learning platform was refused")
    String refused_title();

    @Message("Nothing was changed. Start the activity again from your learning platform; if this page comes back, show it to your platform's administrator.")
    String refused_next();

    @Message("This learning platform is not registered with us, or the launch named none. An administrator registers it on the LTI platforms page.")
    String refused_NO_PLATFORM();

    @Message("The launch lacks a required parameter.")
    String refused_MISSING_PARAMETER();

    @Message("This launch does not belong to a sign-in started here, or it took more than 10 minutes. Start it again from your platform.")
    String refused_NO_STATE();

    @Message("This launch was already used once (a replayed launch). Start it again from your platform.")
    String refused_REPLAYED();

    @Message("The platform's identity token could not be read.")
    String refused_MALFORMED();

    @Message("The platform's identity token is not signed (or signed with an algorithm we refuse).")
    String refused_UNSIGNED();

    @Message("The platform's identity token does not carry a valid signature of the platform's keys: it was altered or signed by someone else.")
    String refused_SIGNATURE();

    @Message("The platform's key set could not be fetched to check the launch. Try again in a few minutes.")
    String refused_KEYS_UNAVAILABLE();

    @Message("The identity token was issued by another platform than the one that started the sign-in.")
    String refused_ISSUER();

    @Message("The identity token is meant for another tool (its audience is not our client id).")
    String refused_AUDIENCE();

    @Message("The identity token has expired (or is dated in the future). Check the platform's clock, then start again.")
    String refused_EXPIRED();

    @Message("The identity token's nonce does not match this sign-in (a replayed token).")
    String refused_NONCE();

    @Message("The launch comes from a deployment of the platform that is not registered with us.")
    String refused_DEPLOYMENT();

    @Message("This kind of LTI message is not supported.")
    String refused_MESSAGE_TYPE();

    @Message("Your role in the learning platform gives no access here, or your account here is disabled.")
    String refused_NO_ROLE();

    @Message("The launch does not say which nation you belong to, or names one we do not know.")
    String refused_NO_NATION();

    @Message("The link names a module that is not in our catalogue.")
    String refused_UNKNOWN_MODULE();

    @Message("This link to continue in a new window was already used or is too old. Start the activity again from your platform.")
    String refused_TICKET();

    @Message("The choice of modules could not be sent back: it was already sent, is too old, or the platform did not ask for links.")
    String refused_DEEP_LINK();

    @Message("Continue in a new window")
    String new_window_title();

    @Message("Your browser does not let this frame keep our sign-in. Open the training in a window of its own; you will be signed in there.")
    String new_window_intro();

    @Message("Open in a new window")
    String new_window_open();

    @Message("Choose modules")
    String pick_title();

    @Message("Choose the modules to add to your course. Each becomes its own link, and its score is sent back to your gradebook.")
    String pick_intro();

    @Message("Add the chosen modules")
    String pick_submit();

    @Message("Return to your course")
    String answer_title();

    @Message("Your choice is ready. Send it to your learning platform.")
    String answer_intro();

    @Message("Send to my course")
    String answer_submit();

    @Message("LTI platforms")
    String platforms_title();

    @Message("Learning platforms (Moodle, ILIAS, Canvas...) that launch our modules with LTI 1.3 and receive the scores. Copy our tool's addresses into the platform, then register it here with the values it shows.")
    String platforms_intro();

    @Message("Our tool's addresses")
    String tool_urls();

    @Message("Login initiation URL")
    String tool_login();

    @Message("Launch (redirection) URL")
    String tool_launch();

    @Message("Deep linking URL")
    String tool_deep_link();

    @Message("Public key set URL")
    String tool_jwks();

    @Message("Registered platforms")
    String registered();

    @Message("No platform is registered yet.")
    String none();

    @Message("Register a platform")
    String register();

    @Message("Change")
    String change();

    @Message("Remove")
    String remove();

    @Message("Name")
    String name();

    @Message("Issuer (platform ID)")
    String issuer();

    @Message("Client ID")
    String client_id();

    @Message("Deployment IDs (one per line)")
    String deployment_ids();

    @Message("Public keyset URL")
    String jwks_url();

    @Message("Authentication request URL")
    String auth_url();

    @Message("Access token URL")
    String token_url();

    @Message("Nation (ISO 3166 alpha-3), or leave empty and give the claim")
    String nation();

    @Message("Claim that carries the nation (a claim of the id_token, or a custom parameter)")
    String nation_claim();

    @Message("Roles: LTI role = our role, one per line (e.g. Learner=LEARNER). Never ADMIN.")
    String roles();

    @Message("The platform verifies the e-mails it sends (then an existing account of the same nation with that e-mail is used)")
    String emails_verified();

    @Message("Save")
    String save();

    @Message("Saved.")
    String saved();
}
