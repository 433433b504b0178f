package org.cthb.readiness.error;

/** The input is invalid; names the field. */
public class InvalidInput extends ServiceException {

    public InvalidInput(String message) {
        super(null, message);
    }

    public InvalidInput(String field, String message) {
        super(field, message);
    }

    @Override
    public int status() {
        return 400;
    }
}
