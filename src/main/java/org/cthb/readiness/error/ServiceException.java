package org.cthb.readiness.error;

/** A request that a service refuses, with the HTTP status it stands for and, when known, the field at fault. */
public abstract class ServiceException extends RuntimeException {

    private final String field;

    protected ServiceException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** A machine-readable reason for clients that branch on it (e.g. {@code untrusted_issuer}); null when none. */
    public String code() {
        return null;
    }

    public abstract int status();
}
