package org.cthb.readiness.account;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.account.LoginBackoff.Scope;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.error.RetryLater;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/**
 * Slows password guessing without locking anyone out: after a few free failures, per account and per address,
 * the next attempt is allowed only after a delay that doubles with each failure, up to a cap. Attempts before
 * then are refused without checking the password; a right password in an allowed slot always signs in, and
 * forgets the account's failures.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);
    /** Longest e-mail (RFC 5321) and the column's width: a longer user name is stored cut. */
    private static final int SUBJECT_LENGTH = 254;

    @ConfigProperty(name = "cthb.login.free-failures-per-account", defaultValue = "5")
    int freePerAccount;
    @ConfigProperty(name = "cthb.login.free-failures-per-address", defaultValue = "20")
    int freePerAddress;
    @ConfigProperty(name = "cthb.login.base-delay", defaultValue = "PT1S")
    Duration baseDelay;
    @ConfigProperty(name = "cthb.login.max-delay", defaultValue = "PT15M")
    Duration maxDelay;
    @ConfigProperty(name = "cthb.login.forget-after", defaultValue = "PT1H")
    Duration forgetAfter;

    @Inject
    AuditLog audit;

    /** A throttle as an administrator sees it; {@code waitSeconds} is 0 when the next attempt may come now. */
    public record ThrottleView(Scope scope, String subject, int failures, Instant lastFailureAt,
                               Instant nextAttemptAt, long waitSeconds) {
    }

    /**
     * Lets an attempt through or refuses it (429, saying how long to wait). An attempt that comes when a delay
     * has ended takes that slot, so that parallel attempts cannot all use it.
     */
    @Transactional
    public void admit(String email, String address) {
        Instant now = now();
        List<LoginBackoff> backoffs = current(email, address, now).toList();
        for (LoginBackoff backoff : backoffs) {
            Instant next = nextAttempt(backoff);
            if (next.isAfter(now)) {
                throw tooSoon(Duration.between(now, next));
            }
        }
        for (LoginBackoff backoff : backoffs) {
            if (backoff.failures >= free(backoff.scope) && !reserve(backoff, now)) {
                throw tooSoon(baseDelay);
            }
        }
    }

    @Transactional
    public void recordFailure(String email, String address) {
        Instant now = now();
        count(Scope.ACCOUNT, email, now);
        count(Scope.ADDRESS, address, now);
        LOG.warnf("Failed sign-in for %s from %s", email, address);
    }

    @Transactional
    public void recordSuccess(String email) {
        LoginBackoff.delete("scope = ?1 and subject = ?2", Scope.ACCOUNT, subject(email));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public List<ThrottleView> list() {
        Instant now = now();
        return LoginBackoff.since(now.minus(forgetAfter), 500).stream().map(b -> view(b, now)).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public void clear(String scope, String subject) {
        Scope parsed = Stream.of(Scope.values()).filter(s -> s.name().equals(scope)).findFirst()
                .orElseThrow(() -> new InvalidInput("scope", "scope must be ACCOUNT or ADDRESS, not " + scope));
        LoginBackoff backoff = LoginBackoff.of(parsed, subject)
                .orElseThrow(() -> new NotFound("subject", "No sign-in throttle for " + parsed + " " + subject));
        backoff.delete();
        audit.record("LOGIN_THROTTLE_CLEARED", "login_throttle", parsed + " " + subject, null,
                backoff.failures + " failures, the last at " + backoff.lastFailureAt);
    }

    /** The wait before the next attempt after {@code failures} failures: none while free, then doubling, capped. */
    static Duration delayAfter(int failures, int free, Duration base, Duration max) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = failures - free;
        if (doublings >= 40) {
            return max;
        }
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    void forgetOldFailures() {
        LoginBackoff.delete("lastFailureAt < ?1", now().minus(forgetAfter));
    }

    private Stream<LoginBackoff> current(String email, String address, Instant now) {
        Instant since = now.minus(forgetAfter);
        return Stream.of(LoginBackoff.of(Scope.ACCOUNT, subject(email)), LoginBackoff.of(Scope.ADDRESS, subject(address)))
                .flatMap(java.util.Optional::stream).filter(b -> b.lastFailureAt.isAfter(since));
    }

    private Instant nextAttempt(LoginBackoff backoff) {
        return backoff.lastFailureAt.plus(delayAfter(backoff.failures, free(backoff.scope), baseDelay, maxDelay));
    }

    private int free(Scope scope) {
        return scope == Scope.ACCOUNT ? freePerAccount : freePerAddress;
    }

    /** Moves the start of the delay to now, unless another attempt did so first (then it took the slot). */
    private static boolean reserve(LoginBackoff backoff, Instant now) {
        return LoginBackoff.update("lastFailureAt = ?1 where id = ?2 and lastFailureAt = ?3",
                now, backoff.id, backoff.lastFailureAt) == 1;
    }

    /** One more failure; after a quiet spell of {@code forget-after}, counting starts again at one. */
    private void count(Scope scope, String subject, Instant now) {
        Panache.getEntityManager().createNativeQuery("""
                        insert into login_backoff (scope, subject, failures, last_failure_at) values (?1, ?2, 1, ?3)
                        on duplicate key update failures = if(last_failure_at < ?4, 1, failures + 1),
                                                last_failure_at = ?3""")
                .setParameter(1, scope.name()).setParameter(2, subject(subject)).setParameter(3, now)
                .setParameter(4, now.minus(forgetAfter)).executeUpdate();
    }

    private ThrottleView view(LoginBackoff backoff, Instant now) {
        Instant next = nextAttempt(backoff);
        return new ThrottleView(backoff.scope, backoff.subject, backoff.failures, backoff.lastFailureAt, next,
                next.isAfter(now) ? seconds(Duration.between(now, next)) : 0);
    }

    private static RetryLater tooSoon(Duration wait) {
        long seconds = seconds(wait);
        return new RetryLater(429, seconds, "Too many failed sign-ins for this account or from this address;"
                + " try again in " + seconds + " seconds.");
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static String subject(String value) {
        String subject = value == null ? "unknown" : value;
        return subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
