package org.cthb.readiness.error;

/**
 * A request refused for now, not for good: too soon after failed sign-ins (429) or while the service is full
 * (503). Says when to come back, which becomes the {@code Retry-After} header.
 */
public class RetryLater extends ServiceException {

    private final int status;
    private final long retryAfterSeconds;

    public RetryLater(int status, long retryAfterSeconds, String message) {
        super(null, message);
        this.status = status;
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    @Override
    public int status() {
        return status;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
