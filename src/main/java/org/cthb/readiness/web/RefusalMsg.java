package org.cthb.readiness.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Why the service refuses a roster row or a publication, in English; French in
 * {@code messages/refusal_fr.properties}. A bundle of its own because Quarkus 3.28.2 generates a class that fails
 * verification (VerifyError in Msg_Bundle.resolve_0) once one bundle has more than 300 messages, and Msg is near.
 */
@MessageBundle(value = "refusal", locale = "en")
public interface RefusalMsg {

    @Message("is longer than {max} characters")
    String roster_too_long(int max);

    @Message("belongs to an account of another nation (or of none); a roster links only learner accounts of its own nation, so this account was left unchanged")
    String roster_account_other_nation();

    @Message("belongs to an account with the role {role}; a roster links only learner accounts, so this account was left unchanged")
    String roster_account_role(String role);

    @Message("belongs to a learner account already linked to another person; this account was left unchanged")
    String roster_account_other_person();

    @Message("This course version leaves out modules that a minimum standard in force requires: {missing}. Add them back, or change the standards first.")
    String publish_missing_modules(String missing);

    @Message("module {module} (required by {standards})")
    String publish_missing_module(String module, String standards);
}
