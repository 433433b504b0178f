package org.cthb.readiness.certificate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words printed on a certificate in a language beyond English and French ({@code messages/certprint_xx.properties}):
 * a language added by files prints its certificates too. English and French stay in {@link CertificateLabels},
 * part of the certificate's design; these defaults are the same English words.
 */
@MessageBundle(value = "certprint", locale = "en")
public interface CertificatePrintMsg {

    @Message("Certificate of Training")
    String title();

    @Message("This certifies that")
    String certifies();

    @Message("Nation")
    String nation();

    @Message("has completed the training in Combatting Trafficking in Human Beings to the minimum standard")
    String completed();

    @Message("Standard")
    String standard();

    @Message("version")
    String version();

    @Message("Issued on")
    String issued_on();

    @Message("Valid until")
    String valid_until();

    @Message("Expired on")
    String expired_on();

    @Message("Expiry date")
    String expiry_date();

    @Message("Certificate number")
    String number();

    @Message("Status on")
    String status_on();

    @Message("VALID")
    String valid();

    @Message("EXPIRED")
    String expired();

    @Message("REVOKED")
    String revoked();

    @Message("Reason")
    String reason();

    @Message("Scan the code or visit this address for the certificate's current status:")
    String verify();
}
