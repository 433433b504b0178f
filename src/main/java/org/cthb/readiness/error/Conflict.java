package org.cthb.readiness.error;

/** The request conflicts with the current state (a duplicate, a stale edit, a closed attempt). */
public class Conflict extends ServiceException {

    public Conflict(String message) {
        super(null, message);
    }

    public Conflict(String field, String message) {
        super(field, message);
    }

    @Override
    public int status() {
        return 409;
    }
}
