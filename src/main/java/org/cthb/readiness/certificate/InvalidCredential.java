package org.cthb.readiness.certificate;

/** A signed credential that we refuse: unparseable, signed another way than ours, or altered since we signed it. */
public class InvalidCredential extends RuntimeException {

    public InvalidCredential(String message) {
        super(message);
    }

    public InvalidCredential(String message, Throwable cause) {
        super(message, cause);
    }
}
