package org.cthb.readiness.recognition;

/** Thrown while checking a credential: the reason and the detail, localised later by the service. */
class ForeignCredentialException extends RuntimeException {

    private final Refusal reason;

    ForeignCredentialException(Refusal reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    ForeignCredentialException(Refusal reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    Refusal reason() {
        return reason;
    }
}
