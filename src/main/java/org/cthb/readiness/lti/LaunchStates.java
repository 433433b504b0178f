package org.cthb.readiness.lti;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cthb.readiness.lti.LaunchRefused.Reason;

import java.time.Duration;
import java.time.Instant;

/** The state and nonce of each login initiation, used by exactly one launch within a few minutes. */
@ApplicationScoped
public class LaunchStates {

    /** A person takes seconds between the platform's click and our launch; a stale login is started again. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    public record Started(String state, String nonce) {
    }

    @Transactional
    public LtiPlatform platform(String issuer, String clientId) {
        return LtiPlatform.byIssuer(issuer, clientId).orElseThrow(() -> new LaunchRefused(Reason.NO_PLATFORM,
                "no platform registered with issuer " + issuer + " and client id " + clientId));
    }

    @Transactional
    public Started start(LtiPlatform platform) {
        LaunchState row = new LaunchState();
        String state = Secrets.random();
        row.stateHash = Secrets.hash(state);
        row.nonce = Secrets.random();
        row.platformId = platform.id;
        row.createdAt = Instant.now();
        row.persist();
        return new Started(state, row.nonce);
    }

    /**
     * Marks the state used and returns it; a second use (a replayed launch) or an unknown or stale state is
     * refused. The update is the check, so two copies of one launch racing each other cannot both pass.
     */
    @Transactional
    public LaunchState consume(String state) {
        String hash = Secrets.hash(state);
        Instant now = Instant.now();
        int claimed = LaunchState.update("usedAt = ?1 where stateHash = ?2 and usedAt is null and createdAt > ?3",
                now, hash, now.minus(LIFETIME));
        LaunchState row = LaunchState.find("stateHash", hash).firstResult();
        if (claimed == 1) {
            return row;
        }
        if (row != null && row.usedAt != null && !row.usedAt.equals(now)) {
            throw new LaunchRefused(Reason.REPLAYED, "state already used");
        }
        throw new LaunchRefused(Reason.NO_STATE, row == null ? "unknown state" : "state expired");
    }

    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    void forgetOld() {
        LaunchState.delete("createdAt < ?1", Instant.now().minus(Duration.ofDays(1)));
        LaunchTicket.delete("createdAt < ?1", Instant.now().minus(Duration.ofDays(1)));
        DeepLinkRequest.delete("createdAt < ?1", Instant.now().minus(Duration.ofDays(1)));
    }
}
