package org.cthb.readiness.xapi;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.config.Config;
import org.hibernate.jpa.SpecHints;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Sends due statements to each nation's LRS. PUT with the statement id makes a retry safe: an LRS that already
 * has the statement answers 204 or 409, and either counts as delivered. Rows are claimed with SKIP LOCKED so
 * that several instances never send the same statement at the same time.
 */
@ApplicationScoped
public class XapiSender {

    private static final int BATCH = 100;

    @Inject
    Config config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Scheduled(every = "${cthb.xapi.send-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        QuarkusTransaction.requiringNew().run(() -> due().forEach(this::send));
    }

    private List<XapiOutboxEntry> due() {
        return XapiOutboxEntry.<XapiOutboxEntry>find("sentAt is null and nextAttemptAt <= ?1 order by id", Instant.now())
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2)
                .page(0, BATCH).list();
    }

    private void send(XapiOutboxEntry entry) {
        String base = "cthb.lrs." + entry.nation + ".";
        String endpoint = config.getOptionalValue(base + "endpoint", String.class).orElse(null);
        if (endpoint == null) {
            entry.failed("no LRS configured for " + entry.nation);
            return;
        }
        String user = config.getOptionalValue(base + "username", String.class).orElse("");
        String password = config.getOptionalValue(base + "password", String.class).orElse("");
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.replaceAll("/$", "")
                        + "/statements?statementId=" + entry.statementId))
                .timeout(Duration.ofSeconds(10))
                .header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString(entry.statement)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 204 || status == 200 || status == 409) {
                entry.delivered();
            } else {
                entry.failed("LRS answered " + status);
            }
        } catch (IOException e) {
            entry.failed("LRS unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entry.failed("interrupted");
        }
    }
}
