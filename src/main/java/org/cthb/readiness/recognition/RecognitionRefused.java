package org.cthb.readiness.recognition;

import org.cthb.readiness.error.ServiceException;

/**
 * An upload that is not recognised (422): the field {@code credential}, a reason {@link Refusal#code() code}, and
 * the localised message with the detail (which key, which date, which URL).
 */
public class RecognitionRefused extends ServiceException {

    private final Refusal reason;

    RecognitionRefused(Refusal reason, String message) {
        super("credential", message);
        this.reason = reason;
    }

    public Refusal reason() {
        return reason;
    }

    @Override
    public String code() {
        return reason.code();
    }

    @Override
    public int status() {
        return 422;
    }
}
