package org.cthb.readiness.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.audit.AuditLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Server-side sessions (OWASP ASVS 5.0 V7): every form sign-in opens a new one with a fresh random id, each request
 * checks it in the database (so every instance agrees at once), and it ends at sign-out, after
 * {@code cthb.session.idle-timeout} without requests, after {@code quarkus.http.auth.form.timeout} in all, or when
 * its account's password changes or the account is disabled.
 */
@ApplicationScoped
public class Sessions {

    /** Identity attribute: the id (not the token) of the session a request came with. */
    public static final String SESSION_ID = "cthb.session-id";

    /** Why a session ended, as stored. */
    public enum End { SIGNED_OUT, IDLE_TIMEOUT, EXPIRED, PASSWORD_CHANGED, PASSWORD_RESET, ACCOUNT_DISABLED }

    /** A request only moves "last seen" when it is this much older, so that sessions cost few writes. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @ConfigProperty(name = "cthb.session.idle-timeout", defaultValue = "PT2H")
    Duration idleTimeout;
    @ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "PT8H")
    Duration absoluteTimeout;
    @Inject
    AuditLog audit;

    /** Opens a session for an account that just proved its password; returns the token for the cookie. */
    @Transactional
    public Started start(String email, String address) {
        Account account = Account.byEmail(email).orElseThrow(
                () -> new io.quarkus.security.AuthenticationFailedException("Account no longer active"));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        UserSession session = new UserSession();
        session.tokenHash = hash(token);
        session.accountId = account.id;
        session.createdAt = Instant.now();
        session.lastSeenAt = session.createdAt;
        session.remoteAddress = address == null || address.length() <= 64 ? address : address.substring(0, 64);
        session.persist();
        audit.recordAs(account.email, "SIGNED_IN", "account", String.valueOf(account.id), account.nationIso3,
                "session " + session.id);
        return new Started(token, session.id);
    }

    /** A new session's cookie token and its id. */
    public record Started(String token, long id) {
    }

    /**
     * The identity of the session whose token a cookie carries, or empty when there is no such open session: ended,
     * idle too long, too old, or its account disabled. Blocking.
     */
    public Optional<SecurityIdentity> restore(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            UserSession session = UserSession.<UserSession>find("tokenHash", hash(token)).firstResult();
            if (session == null || session.endedAt != null) {
                return Optional.empty();
            }
            Instant now = Instant.now();
            if (session.createdAt.plus(absoluteTimeout).isBefore(now)) {
                end(session, End.EXPIRED, now);
                return Optional.empty();
            }
            if (session.lastSeenAt.plus(idleTimeout).isBefore(now)) {
                end(session, End.IDLE_TIMEOUT, now);
                return Optional.empty();
            }
            Account account = Account.findById(session.accountId);
            if (account == null || !account.enabled) {
                return Optional.empty();
            }
            if (session.lastSeenAt.plus(TOUCH_EVERY).isBefore(now)) {
                session.lastSeenAt = now;
            }
            return Optional.of(QuarkusSecurityIdentity.builder(SignIn.identityOf(account))
                    .addAttribute(SESSION_ID, session.id).build());
        });
    }

    /** Ends one session of {@code accountId} (sign-out); false when it was not open. */
    @Transactional
    public boolean end(long sessionId, long accountId, End reason) {
        UserSession session = UserSession.findById(sessionId);
        if (session == null || session.accountId != accountId || session.endedAt != null) {
            return false;
        }
        end(session, reason, Instant.now());
        return true;
    }

    /** Signs the caller out: ends the session their cookie named (audited). Nothing to do for other callers. */
    @Transactional
    public void signOut(SecurityIdentity identity) {
        Long sessionId = identity == null || identity.isAnonymous() ? null : identity.getAttribute(SESSION_ID);
        if (sessionId == null) {
            return;
        }
        Account.byEmail(identity.getPrincipal().getName()).ifPresent(account -> {
            if (end(sessionId, account.id, End.SIGNED_OUT)) {
                audit.record("SIGNED_OUT", "account", String.valueOf(account.id), account.nationIso3,
                        "session " + sessionId);
            }
        });
    }

    /** Ends every open session of an account except {@code keep} (null for none), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int endAll(long accountId, End reason, Long keep) {
        return UserSession.update("endedAt = ?1, endReason = ?2 where accountId = ?3 and endedAt is null and id <> ?4",
                Instant.now(), reason.name(), accountId, keep == null ? -1L : keep);
    }

    /** How many sessions of an account are open (not ended, not idle or expired). */
    @Transactional
    public long openCount(long accountId) {
        Instant now = Instant.now();
        return UserSession.count("accountId = ?1 and endedAt is null and lastSeenAt > ?2 and createdAt > ?3",
                accountId, now.minus(idleTimeout), now.minus(absoluteTimeout));
    }

    private static void end(UserSession session, End reason, Instant now) {
        session.endedAt = now;
        session.endReason = reason.name();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
