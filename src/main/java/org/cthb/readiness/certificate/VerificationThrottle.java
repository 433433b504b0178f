package org.cthb.readiness.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import org.cthb.readiness.error.RateLimited;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits public verification look-ups per address and minute, so that nobody can walk the number space.
 * Counted in memory, per instance: behind a load balancer of n instances an address gets up to n times the limit,
 * which still keeps guessing a valid number out of reach (see {@link CertificateNumber}).
 */
@ApplicationScoped
public class VerificationThrottle {

    /** Above this many addresses, windows of earlier minutes are dropped, so the map cannot grow without end. */
    private static final int PRUNE_ABOVE = 10_000;

    @ConfigProperty(name = "cthb.certificate.verify-per-minute", defaultValue = "30")
    int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long minute, int count) {
    }

    public VerificationThrottle() {
        this.clock = Clock.systemUTC();
    }

    VerificationThrottle(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts one look-up from {@code address}, refusing it once the address is over its limit this minute. */
    public void count(String address) {
        long minute = clock.millis() / 60_000;
        Window window = windows.compute(address == null ? "unknown" : address, (key, old) ->
                old == null || old.minute() != minute ? new Window(minute, 1) : new Window(minute, old.count() + 1));
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(w -> w.minute() != minute);
        }
        if (window.count() > perMinute) {
            throw new RateLimited("Too many certificate look-ups from your address; please try again in a minute.");
        }
    }
}
