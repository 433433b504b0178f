package org.cthb.readiness.error;

/** Too many requests from one address or for one account. */
public class RateLimited extends ServiceException {

    public RateLimited(String message) {
        super(null, message);
    }

    public RateLimited(String field, String message) {
        super(field, message);
    }

    @Override
    public int status() {
        return 429;
    }
}
