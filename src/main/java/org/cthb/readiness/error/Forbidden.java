package org.cthb.readiness.error;

/** The caller is known but may not do this. */
public class Forbidden extends ServiceException {

    public Forbidden(String message) {
        super(null, message);
    }

    public Forbidden(String field, String message) {
        super(field, message);
    }

    @Override
    public int status() {
        return 403;
    }
}
