package org.cthb.readiness.certificate;

/** Fired in the grading transaction when a certificate was issued; observers act once it commits. */
public record CertificateIssued(long certificateId) {

    /** Whether a mail with this subject is the one that delivers a new certificate (not a reminder). */
    public static boolean isIssuanceMail(String subject) {
        return IssuanceMail.subject(true, false).equals(subject) || IssuanceMail.subject(false, true).equals(subject)
                || IssuanceMail.subject(true, true).equals(subject);
    }
}
