package org.cthb.readiness.error;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFound extends ServiceException {

    public NotFound(String message) {
        super(null, message);
    }

    public NotFound(String field, String message) {
        super(field, message);
    }

    @Override
    public int status() {
        return 404;
    }
}
