package org.cthb.readiness.recognition;

/**
 * Why an uploaded credential is not recognised: the reason {@code code} goes over the wire (API problems name it)
 * and picks the localised message in {@link RecognitionMsg}.
 */
public enum Refusal {
    UNREADABLE,
    NOT_OPEN_BADGE,
    UNTRUSTED_ISSUER,
    BAD_SIGNATURE,
    NOT_YET_VALID,
    EXPIRED,
    REVOKED,
    STATUS_UNREACHABLE,
    STATUS_UNSUPPORTED,
    UNMAPPED_ACHIEVEMENT,
    ALREADY_RECOGNISED,
    NO_PERSON;

    /** The code as APIs and pages show it, e.g. {@code untrusted_issuer}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
