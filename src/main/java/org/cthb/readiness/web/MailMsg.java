package org.cthb.readiness.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The e-mails' texts in a language beyond English and French ({@code mailtext:} in the mail templates). English and
 * French mails keep their wording, reviewed as a whole, in the templates; a further language brings
 * {@code messages/mailtext_xx.properties} like the pages' files, and a text it lacks shows in English. The French
 * file exists for the bundle check and for translators who start from French.
 */
@MessageBundle(value = "mailtext", locale = "en")
public interface MailMsg {

    @Message("Hello {name},")
    String greeting(String name);

    @Message("Your CTHB pre-deployment training")
    String ready_subject();

    @Message("You are planned to deploy with {mission} ({code}), starting {date}. Before deploying, everyone completes NATO's training on combatting trafficking in human beings (CTHB).")
    String ready_deploy(String mission, String code, String date);

    @Message("Thank you for completing this training before. Your certificate ends before your deployment begins, so we invite you to renew it by taking the current course.")
    String ready_renewal();

    @Message("Thank you for starting the training. You can continue where you left off.")
    String ready_started();

    @Message("Our records do not show a completed training for you yet.")
    String ready_none();

    @Message("You can take the course at your own pace, here:")
    String ready_course();

    @Message("Your progress is saved as you go, so you can pause and return whenever you wish. Some lessons cover difficult subjects: each one says what it contains before you begin, and offers a non-graphic version that counts the same.")
    String ready_pace();

    @Message("If you have questions, or if anything in the training affects you, support is available:")
    String support();

    @Message("If you have completed the training in the meantime, thank you, and please disregard this message.")
    String ready_disregard();

    @Message("Your nation's training office, through CTHB Readiness")
    String ready_signature();

    @Message("Renewing your CTHB training certificate")
    String expiry_subject();

    @Message("Thank you for completing NATO's training on combatting trafficking in human beings (CTHB). Your certificate {number} is valid until {date}.")
    String expiry_valid(String number, String date);

    @Message("To keep it current, you can renew it whenever it suits you before that date, by taking the current course:")
    String expiry_renew();

    @Message("You can pause and return whenever you wish; your progress is saved. Some lessons cover difficult subjects: each one says what it contains before you begin, and offers a non-graphic version that counts the same.")
    String expiry_pace();

    @Message("If you have already renewed your certificate, thank you, and please disregard this message.")
    String expiry_disregard();

    @Message("CTHB Readiness")
    String signature();

    @Message("Your CTHB training certificate")
    String issued_subject();

    @Message("Thank you for completing NATO's training on combatting trafficking in human beings (CTHB). Your certificate {number} is attached, valid until {date}.")
    String issued_attached(String number, String date);

    @Message("Your certificates, and a digital version for a credential wallet, are always on your page:")
    String issued_page();
}
