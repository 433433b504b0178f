package org.cthb.readiness.account;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows password guessing: after too many failures in the window, per account or per address, sign-in is
 * refused until the window has passed, whatever the password.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);
    /** The width of {@code login_failure.email}, the longest address RFC 5321 allows: no account has a longer one. */
    static final int EMAIL_MAX = 254;

    @ConfigProperty(name = "cthb.login.max-failures-per-account", defaultValue = "5")
    int maxPerAccount;
    @ConfigProperty(name = "cthb.login.max-failures-per-address", defaultValue = "20")
    int maxPerAddress;
    @ConfigProperty(name = "cthb.login.window", defaultValue = "PT15M")
    Duration window;

    @Transactional
    public boolean isBlocked(String email, String address) {
        Instant since = Instant.now().minus(window);
        return LoginFailure.forEmailSince(email, since) >= maxPerAccount
                || LoginFailure.fromAddressSince(address, since) >= maxPerAddress;
    }

    @Transactional
    public void recordFailure(String email, String address) {
        LoginFailure failure = new LoginFailure();
        failure.occurredAt = Instant.now();
        // Whatever was typed is counted; a longer text than any address is counted by its first characters.
        failure.email = email.length() > EMAIL_MAX ? email.substring(0, EMAIL_MAX) : email;
        failure.remoteAddress = address;
        failure.persist();
        LOG.warnf("Failed sign-in for %s from %s", email, address);
    }

    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    void forgetOldFailures() {
        LoginFailure.delete("occurredAt < ?1", Instant.now().minus(window.multipliedBy(4)));
    }
}
