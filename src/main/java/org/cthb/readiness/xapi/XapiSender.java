package org.cthb.readiness.xapi;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends due statements to each nation's LRS. PUT with the statement id makes a retry safe: an LRS that already has
 * the statement answers 204 or 409, and either counts as delivered.
 * <p>
 * Each nation is sent on a thread of its own, so one nation's hung LRS never holds up another's. Rows are claimed
 * in a transaction of a few milliseconds ({@link XapiOutbox#claim}); the LRS is called with no transaction open and
 * with connect and read timeouts; the outcome of each statement is written right after its call. A failure of the
 * LRS (no answer, 5xx, 401/403/404/408/429) stops the nation's batch and backs the nation off (kept in the
 * database); a 4xx that concerns the statement itself counts against that statement, which becomes a dead letter
 * after {@code cthb.xapi.dead-after} refusals.
 */
@ApplicationScoped
public class XapiSender {

    private static final Logger LOG = Logger.getLogger(XapiSender.class);
    /** Answers that say the LRS (its address, credentials or load) is the problem, not this statement. */
    private static final Set<Integer> LRS_FAULTS = Set.of(401, 403, 404, 405, 407, 408, 429);

    @Inject
    XapiOutbox outbox;
    @Inject
    LrsEndpoints endpoints;
    @Inject
    XapiMetrics metrics;

    @ConfigProperty(name = "cthb.xapi.batch", defaultValue = "100")
    int batch;
    @ConfigProperty(name = "cthb.xapi.connect-timeout", defaultValue = "5s")
    Duration connectTimeout;
    @ConfigProperty(name = "cthb.xapi.read-timeout", defaultValue = "10s")
    Duration readTimeout;
    @ConfigProperty(name = "cthb.xapi.claim-lease", defaultValue = "5m")
    Duration lease;
    @ConfigProperty(name = "cthb.xapi.backoff-base", defaultValue = "2s")
    Duration backoffBase;
    @ConfigProperty(name = "cthb.xapi.backoff-max", defaultValue = "1h")
    Duration backoffMax;
    @ConfigProperty(name = "cthb.xapi.dead-after", defaultValue = "3")
    int deadAfter;

    private final Set<String> sending = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "xapi-sender");
        thread.setDaemon(true);
        return thread;
    });
    private volatile HttpClient http;

    @Scheduled(every = "${cthb.xapi.send-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        for (String nation : endpoints.nations()) {
            // At most one sender per nation in this instance; other instances are kept apart by SKIP LOCKED.
            if (sending.add(nation)) {
                try {
                    threads.execute(() -> {
                        try {
                            send(nation);
                        } finally {
                            sending.remove(nation);
                        }
                    });
                } catch (RuntimeException e) {
                    sending.remove(nation);
                    throw e;
                }
            }
        }
        metrics.refresh();
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    /** One batch of a nation's due statements, unless its LRS is backed off. */
    void send(String nation) {
        try {
            if (!outbox.due(nation)) {
                return;
            }
            LrsEndpoints.Lrs lrs = endpoints.of(nation).orElse(null);
            if (lrs == null) {
                return;
            }
            List<XapiOutbox.Claimed> claimed = outbox.claim(nation, batch, lease);
            boolean answered = false;
            for (int i = 0; i < claimed.size(); i++) {
                XapiOutbox.Claimed row = claimed.get(i);
                Answer answer = put(lrs, row);
                if (answer.delivered()) {
                    outbox.delivered(row.id());
                    answered = true;
                } else if (answer.rejected()) {
                    outbox.rejected(row.id(), answer.status(), answer.body(), deadAfter,
                            backoffBase.multipliedBy(1L << Math.min(10, row.rejections())));
                    answered = true;
                } else {
                    Instant retryAt = outbox.lrsFailed(nation, answer.error(), backoffBase, backoffMax);
                    outbox.failed(row.id(), answer.status(), answer.error(), retryAt);
                    outbox.release(claimed.subList(i + 1, claimed.size()).stream().map(XapiOutbox.Claimed::id)
                            .toList(), retryAt);
                    LOG.warnf("LRS of %s: %s; next try at %s", nation, answer.error(), retryAt);
                    return;
                }
            }
            if (answered) {
                outbox.lrsAnswered(nation);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "xAPI statements of %s could not be sent", nation);
        }
    }

    /** How the LRS answered one PUT; {@code status} is null when it did not answer at all. */
    record Answer(Integer status, String body, String error) {
        boolean delivered() {
            return status != null && (status / 100 == 2 || status == 409);
        }

        boolean rejected() {
            return status != null && status / 100 == 4 && status != 409 && !LRS_FAULTS.contains(status);
        }
    }

    private Answer put(LrsEndpoints.Lrs lrs, XapiOutbox.Claimed row) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(lrs.statements() + "?statementId="
                        + row.statementId()))
                .timeout(readTimeout)
                .header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json")
                .header("Authorization", lrs.authorization())
                .PUT(HttpRequest.BodyPublishers.ofString(row.statement())).build();
        CompletableFuture<HttpResponse<String>> call = client().sendAsync(request,
                HttpResponse.BodyHandlers.ofString());
        try {
            // The request timeout covers the wait for the headers; this one also covers a body that never ends.
            HttpResponse<String> response = call.get(connectTimeout.plus(readTimeout).toMillis(),
                    TimeUnit.MILLISECONDS);
            int status = response.statusCode();
            return new Answer(status, response.body(), "LRS answered " + status);
        } catch (TimeoutException e) {
            call.cancel(true);
            return new Answer(null, null, "LRS did not answer within " + connectTimeout.plus(readTimeout));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Answer(null, null, "LRS unreachable: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            return new Answer(null, null, "interrupted");
        }
    }

    private HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(connectTimeout).executor(threads).build();
        }
        return http;
    }
}
