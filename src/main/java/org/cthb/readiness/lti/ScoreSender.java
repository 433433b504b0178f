package org.cthb.readiness.lti;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.hibernate.jpa.SpecHints;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Posts due scores to the platforms' line items (AGS 2.0 score service): {@code POST <lineitem>/scores}. A score
 * carries its own timestamp, so the platform keeps the newest even if an older one arrives late; rows are claimed
 * with SKIP LOCKED so several instances never send the same one at once; failures back off exponentially.
 */
@ApplicationScoped
public class ScoreSender {

    private static final int BATCH = 50;
    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";

    @Inject
    PlatformTokens tokens;
    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Scheduled(every = "${cthb.lti.send-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void sendDue() {
        QuarkusTransaction.requiringNew().run(() -> due().forEach(this::send));
    }

    private List<ScoreOutboxEntry> due() {
        return ScoreOutboxEntry.<ScoreOutboxEntry>find("sentAt is null and nextAttemptAt <= ?1 order by id",
                        Instant.now())
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2)
                .page(0, BATCH).list();
    }

    private void send(ScoreOutboxEntry entry) {
        LtiPlatform platform = LtiPlatform.findById(entry.platformId);
        try {
            String token = tokens.token(platform, GradeLinks.SCORE_SCOPE);
            HttpRequest request = HttpRequest.newBuilder(scoresUrl(entry.lineItem)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", SCORE_TYPE).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(body(entry))).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                entry.delivered();
            } else {
                if (status == 401) {
                    tokens.forget(platform, GradeLinks.SCORE_SCOPE);
                }
                entry.failed("platform answered " + status);
            }
        } catch (PlatformTokens.Unavailable e) {
            entry.failed(e.getMessage());
        } catch (IOException e) {
            entry.failed("platform unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entry.failed("interrupted");
        }
    }

    /** The score service is the line item's URL with {@code /scores} added to its path (its query kept). */
    static URI scoresUrl(String lineItem) {
        URI uri = URI.create(lineItem);
        String path = (uri.getRawPath() == null ? "" : uri.getRawPath()).replaceAll("/$", "") + "/scores";
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    private String body(ScoreOutboxEntry entry) {
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("userId", entry.subject);
        score.put("scoreGiven", entry.score);
        score.put("scoreMaximum", 100);
        score.put("activityProgress", "Completed");
        score.put("gradingProgress", "FullyGraded");
        score.put("timestamp", entry.scoredAt.toString());
        score.put("comment", entry.passed ? "Passed" : "Not passed yet");
        try {
            return json.writeValueAsString(score);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
