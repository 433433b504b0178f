package org.cthb.readiness.session;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Makes sure every instance encrypts sessions with the same key. The first instance to start records a fingerprint
 * of its key (an HMAC of a constant, which reveals nothing of the key) in the database; an instance whose key gives
 * another fingerprint refuses to start ({@code cthb.session.key-mismatch=refuse}, production) or, in dev and test,
 * records its own ({@code replace}). Also refuses a key too short to be strong, and settings under which Quarkus
 * would re-issue the cookie (which carries the session token and must not be rewritten).
 */
@ApplicationScoped
public class SessionKeyCheck {

    /** What to do when this instance's key differs from the recorded one. */
    public enum Mismatch { REFUSE, REPLACE }

    private static final Logger LOG = Logger.getLogger(SessionKeyCheck.class);
    private static final String FINGERPRINT_INPUT = "cthb-session-key-fingerprint-v1";

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    String key;
    @ConfigProperty(name = "cthb.session.key-mismatch", defaultValue = "refuse")
    String mismatch;
    @ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "PT30M")
    Duration timeout;
    @ConfigProperty(name = "quarkus.http.auth.form.new-cookie-interval", defaultValue = "PT1M")
    Duration newCookieInterval;
    @Inject
    EntityManager entityManager;

    void onStart(@Observes StartupEvent start) {
        if (newCookieInterval.compareTo(timeout) < 0) {
            throw refuse("quarkus.http.auth.form.new-cookie-interval (" + newCookieInterval
                    + ") must be at least quarkus.http.auth.form.timeout (" + timeout
                    + "): the session cookie is never re-issued");
        }
        verify(key, Mismatch.valueOf(mismatch.trim().toUpperCase(java.util.Locale.ROOT)));
    }

    /** Checks {@code sessionKey} against the recorded fingerprint, recording it when none is. */
    public void verify(String sessionKey, Mismatch onMismatch) {
        if (sessionKey == null || sessionKey.trim().length() < SessionKeyFile.MINIMUM_LENGTH) {
            throw refuse("the session key (CTHB_SESSION_KEY) must have at least " + SessionKeyFile.MINIMUM_LENGTH
                    + " characters; unset it to have a strong one generated in cthb.session.key-file");
        }
        String mine = fingerprint(sessionKey);
        QuarkusTransaction.requiringNew().run(() -> {
            // The first instance inserts; others starting at the same moment find its row and compare.
            entityManager.createNativeQuery("INSERT IGNORE INTO session_key_fingerprint (id, fingerprint, recorded_at) "
                    + "VALUES (1, ?1, ?2)").setParameter(1, mine).setParameter(2, Timestamp.from(Instant.now()))
                    .executeUpdate();
            @SuppressWarnings("unchecked")
            List<String> recorded = entityManager.createNativeQuery(
                    "SELECT fingerprint FROM session_key_fingerprint WHERE id = 1").getResultList();
            if (recorded.isEmpty() || recorded.get(0).equals(mine)) {
                return;
            }
            if (onMismatch == Mismatch.REFUSE) {
                throw refuse("this instance's session key differs from the one the other instances use (its "
                        + "fingerprint is not the one recorded in table session_key_fingerprint): give every instance "
                        + "the same CTHB_SESSION_KEY or the same cthb.session.key-file. To change the key on purpose, "
                        + "stop all instances, delete that row and start them with the new key; every session ends.");
            }
            LOG.warn("The session key differs from the one recorded in the database; recording this one "
                    + "(cthb.session.key-mismatch=replace). Sessions opened with the old key have ended.");
            entityManager.createNativeQuery("UPDATE session_key_fingerprint SET fingerprint = ?1, recorded_at = ?2 "
                    + "WHERE id = 1").setParameter(1, mine).setParameter(2, Timestamp.from(Instant.now()))
                    .executeUpdate();
        });
    }

    /** HMAC-SHA256 of a constant under the key: equal keys give equal fingerprints, and the key stays secret. */
    public static String fingerprint(String sessionKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sessionKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(FINGERPRINT_INPUT.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    private static IllegalStateException refuse(String why) {
        LOG.error("Refusing to start: " + why);
        return new IllegalStateException(why);
    }
}
