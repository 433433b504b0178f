package org.cthb.readiness.certificate;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A certificate as anyone who verifies it sees it: the minimum to recognise the holder, and its status.
 *
 * @param number the display form, e.g. {@code 7KQ-4XM-9ZT-B2C}
 * @param nation ISO 3166-1 alpha-3, null when the holder has none
 * @param nationName the nation's name in the reader's language
 * @param revokedOn and {@code revocationReason} are null unless revoked
 */
public record CertificateView(String number, Certificate.Status status, String holderName, String nation,
                              String nationName, String standard, int standardVersion, LocalDate issuedOn,
                              LocalDate expiresOn, LocalDate revokedOn, String revocationReason) {

    static CertificateView of(Certificate c, String nationName) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new CertificateView(c.certificateNumber().display(), c.status(today), c.holderName, c.nationIso3,
                nationName, c.standardName, c.standardVersion, c.issuedOn, c.expiresOn,
                c.revokedAt == null ? null : LocalDate.ofInstant(c.revokedAt, ZoneOffset.UTC), c.revocationReason);
    }
}
