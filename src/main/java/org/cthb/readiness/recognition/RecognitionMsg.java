package org.cthb.readiness.recognition;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of recognition of prior learning ({@code rpl:} in templates), in English; French in
 * {@code messages/rpl_fr.properties}. A bundle of its own: {@code Msg} is at Quarkus's size limit.
 */
@MessageBundle(value = "rpl", locale = "en")
public interface RecognitionMsg {

    @Message("The upload is not an Open Badges credential we can read (a VC-JWT or JSON-LD with an embedded proof): {detail}")
    String unreadable(String detail);

    @Message("The credential is not an Open Badges 3.0 achievement credential: {detail}")
    String not_open_badge(String detail);

    @Message("The issuer is not trusted for your nation: {detail}")
    String untrusted_issuer(String detail);

    @Message("The signature does not verify with the trusted issuer's keys: {detail}")
    String bad_signature(String detail);

    @Message("The credential is not valid yet: {detail}")
    String not_yet_valid(String detail);

    @Message("The credential has expired: {detail}")
    String expired(String detail);

    @Message("The issuer has revoked the credential: {detail}")
    String revoked(String detail);

    @Message("The issuer's status list could not be read, so revocation cannot be ruled out; try again later: {detail}")
    String status_unreachable(String detail);

    @Message("The credential's status uses a method we cannot check: {detail}")
    String status_unsupported(String detail);

    @Message("The achievement is not mapped to any of our modules for this issuer: {detail}")
    String unmapped_achievement(String detail);

    @Message("This credential is already recognised for this person: {detail}")
    String already_recognised(String detail);

    @Message("No roster entry is linked to this account, so nothing can be recognised for it: {detail}")
    String no_person(String detail);

    @Message("recognised")
    String recognised();

    @Message("Recognised prior learning")
    String title();

    @Message("Upload an Open Badges 3.0 credential earned on another platform (a VC-JWT, or JSON-LD with a Data Integrity proof). If its issuer is trusted by your nation and its achievement stands for our modules, those modules are recognised.")
    String intro();

    @Message("Credential file")
    String file();

    @Message("or paste it here")
    String pasted();

    @Message("Upload")
    String upload();

    @Message("Module")
    String module();

    @Message("Source")
    String source();

    @Message("Recognised on")
    String recognised_on();

    @Message("Status")
    String status();

    @Message("revoked")
    String revoked_state();

    @Message("No module is recognised yet.")
    String none();

    @Message("Recognised: {modules}.")
    String done(String modules);

    @Message("Trusted issuers of {nation}")
    String issuers_title(String nation);

    @Message("Issuer id (DID or URL)")
    String issuer_id();

    @Message("Name")
    String issuer_name();

    @Message("Public keys (JSON array of JWKs)")
    String public_keys();

    @Message("Achievements (JSON object: achievement id to a list of module ids)")
    String achievements();

    @Message("Save")
    String save();

    @Message("Remove")
    String remove();

    @Message("Revoke")
    String revoke();

    @Message("Reason")
    String reason();

    @Message("The credential is recognised.")
    String recorded();

    @Message("No issuer is trusted yet.")
    String no_issuers();

    @Message("Recognised ({source})")
    String recognised_from(String source);

    @Message("Recognition expired on {date}")
    String recognition_expired_on(java.time.LocalDate date);

    @Message("{module} ({source}): recognition expired on {date}")
    String expired_recognition(String module, String source, java.time.LocalDate date);

    @Message("valid until {date}")
    String valid_until(java.time.LocalDate date);

    @Message("Recognitions")
    String manage();

    @Message("Recognised prior learning of {nationalId}")
    String person_title(String nationalId);

    @Message("The recognition is revoked.")
    String revoked_saved();

    @Message("Revoking a recognition (with a reason, audited) stops it counting for readiness and training; a certificate issued on it is revoked too, with the reason.")
    String revoke_note();
}
