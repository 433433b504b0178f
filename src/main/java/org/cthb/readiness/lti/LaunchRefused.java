package org.cthb.readiness.lti;

/** A launch we refuse; {@link #reason} says why in words the person (and the platform's admin) can act on. */
public class LaunchRefused extends RuntimeException {

    /** Why, each with its own text in the {@code lti} bundle and an HTTP status. */
    public enum Reason {
        NO_PLATFORM(400), MISSING_PARAMETER(400), NO_STATE(400), REPLAYED(401), MALFORMED(400), UNSIGNED(401),
        SIGNATURE(401), KEYS_UNAVAILABLE(502), ISSUER(401), AUDIENCE(401), EXPIRED(401), NONCE(401),
        DEPLOYMENT(401), MESSAGE_TYPE(400), NO_ROLE(403), NO_NATION(403), UNKNOWN_MODULE(404),
        TICKET(401), DEEP_LINK(400);

        final int status;

        Reason(int status) {
            this.status = status;
        }
    }

    final Reason reason;

    LaunchRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
