package org.cthb.readiness.certificate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the certificate pages ({@code cert:} in templates), in English; French in {@code messages/cert_fr.properties}. */
@MessageBundle(value = "cert", locale = "en")
public interface CertificateMsg {

    @Message("Verify a certificate")
    String verify_title();

    @Message("Enter the number printed on a CTHB training certificate to check that it is genuine and still valid.")
    String verify_intro();

    @Message("Certificate number")
    String number();

    @Message("12 letters and digits, for example 7KQ-4XM-9ZT-B2C. Dashes, spaces and capitals do not matter.")
    String number_hint();

    @Message("Check")
    String check();

    @Message("This is not a certificate number: a certificate number has 12 letters and digits.")
    String malformed();

    @Message("A character is mistyped: please check the number.")
    String mistyped();

    @Message("No certificate has this number.")
    String unknown();

    @Message("Valid")
    String status_valid();

    @Message("Expired")
    String status_expired();

    @Message("Revoked")
    String status_revoked();

    @Message("Certificate {number}")
    String result_title(String number);

    @Message("Name")
    String holder();

    @Message("Standard")
    String standard();

    @Message("{name}, version {version}")
    String standard_version(String name, int version);

    @Message("Issued on")
    String issued_on();

    @Message("Valid until")
    String expires_on();

    @Message("Revoked on")
    String revoked_on();

    @Message("Expired on")
    String expired_on();

    @Message("Expiry date")
    String expiry_date();

    @Message("Reason")
    String revocation_reason();

    @Message("My certificates")
    String mine_title();

    @Message("You have no certificate yet. You receive one automatically when you pass every required module.")
    String mine_none();

    @Message("PDF in English")
    String pdf_en();

    @Message("PDF en français")
    String pdf_fr();

    @Message("Digital credential (Open Badges)")
    String credential();

    @Message("Digital credential (Open Badges), for a wallet: JSON-LD with a Data Integrity proof")
    String credential_wallet();

    @Message("the same credential as a signed JWT")
    String credential_jwt();
}
