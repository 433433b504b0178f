package org.cthb.readiness.lti;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Posts due scores to the platforms' line items (AGS 2.0 score service): {@code POST <lineitem>/scores}. A score
 * carries its own timestamp, so the platform keeps the newest even if an older one arrives late.
 * <p>
 * As the xAPI sender does: each platform is sent on a thread of its own, so one platform that hangs never holds up
 * another's scores; rows are claimed in a transaction of a few milliseconds ({@link ScoreQueue#claim}, SKIP LOCKED
 * so instances never send the same row at once); the platform is called with no transaction open and within
 * connect and read timeouts; each outcome is written right after its call. A platform that does not answer, answers
 * 5xx or gives no token stops its batch: the rest is given back, due at the same back-off.
 */
@ApplicationScoped
public class ScoreSender {

    private static final Logger LOG = Logger.getLogger(ScoreSender.class);
    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";

    @Inject
    PlatformTokens tokens;
    @Inject
    ScoreQueue queue;
    @Inject
    PlatformCalls calls;
    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "cthb.lti.batch", defaultValue = "50")
    int batch;
    @ConfigProperty(name = "cthb.lti.claim-lease", defaultValue = "5m")
    Duration lease;
    @ConfigProperty(name = "cthb.lti.backoff-max", defaultValue = "1h")
    Duration backoffMax;

    private final Set<Long> sending = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "lti-score-sender");
        thread.setDaemon(true);
        return thread;
    });

    @Scheduled(every = "${cthb.lti.send-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void sendDue() {
        for (long platformId : queue.platformsDue()) {
            // At most one sender per platform in this instance; other instances are kept apart by SKIP LOCKED.
            if (sending.add(platformId)) {
                try {
                    threads.execute(() -> {
                        try {
                            send(platformId);
                        } finally {
                            sending.remove(platformId);
                        }
                    });
                } catch (RuntimeException e) {
                    sending.remove(platformId);
                    throw e;
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    /** One batch of a platform's due scores, on the caller's thread. */
    void send(long platformId) {
        try {
            List<ScoreQueue.Claimed> claimed = queue.claim(platformId, batch, lease);
            if (claimed.isEmpty()) {
                return;
            }
            LtiPlatform platform = QuarkusTransaction.requiringNew()
                    .call(() -> LtiPlatform.<LtiPlatform>findById(platformId));
            if (platform == null) {
                // Removed meanwhile: its scores go with it (foreign key on delete cascade).
                return;
            }
            for (int i = 0; i < claimed.size(); i++) {
                ScoreQueue.Claimed row = claimed.get(i);
                Outcome outcome = post(platform, row);
                if (outcome.error() == null) {
                    queue.delivered(row.id());
                    continue;
                }
                Instant retryAt = queue.failed(row, outcome.error(), backoffMax);
                if (outcome.platformFault()) {
                    queue.release(claimed.subList(i + 1, claimed.size()), retryAt);
                    LOG.warnf("LTI platform %s (%s): %s; next try at %s", platform.id, platform.issuer,
                            outcome.error(), retryAt);
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "LTI scores of platform %s could not be sent", platformId);
        }
    }

    /**
     * How one score went: delivered ({@code error} null), refused for itself, or not taken because the platform
     * failed (no answer, 5xx, 408, 429, no token), which stops its batch.
     */
    record Outcome(String error, boolean platformFault) {
    }

    private Outcome post(LtiPlatform platform, ScoreQueue.Claimed row) {
        try {
            String token = tokens.token(platform, GradeLinks.SCORE_SCOPE);
            HttpRequest request = calls.request(scoresUrl(row.lineItem()))
                    .header("Content-Type", SCORE_TYPE).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(body(row))).build();
            PlatformCalls.Answer answer = calls.call(request);
            if (answer.status() == null) {
                return new Outcome(answer.error(), true);
            }
            int status = answer.status();
            if (status >= 200 && status < 300) {
                return new Outcome(null, false);
            }
            if (status == 401) {
                tokens.forget(platform, GradeLinks.SCORE_SCOPE);
            }
            return new Outcome(answer.error(), status >= 500 || status == 408 || status == 429);
        } catch (PlatformTokens.Unavailable e) {
            return new Outcome(e.getMessage(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome("interrupted", true);
        }
    }

    /** The score service is the line item's URL with {@code /scores} added to its path (its query kept). */
    static URI scoresUrl(String lineItem) {
        URI uri = URI.create(lineItem);
        String path = (uri.getRawPath() == null ? "" : uri.getRawPath()).replaceAll("/$", "") + "/scores";
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    private String body(ScoreQueue.Claimed row) {
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("userId", row.subject());
        score.put("scoreGiven", row.score());
        score.put("scoreMaximum", 100);
        score.put("activityProgress", "Completed");
        score.put("gradingProgress", "FullyGraded");
        score.put("timestamp", row.scoredAt().toString());
        score.put("comment", row.passed() ? "Passed" : "Not passed yet");
        try {
            return json.writeValueAsString(score);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
