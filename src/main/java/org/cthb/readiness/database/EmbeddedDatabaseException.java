package org.cthb.readiness.database;

/** The embedded database could not be started or stopped; the message is one line an operator can act on. */
public class EmbeddedDatabaseException extends RuntimeException {

    public EmbeddedDatabaseException(String message) {
        super(message);
    }

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
