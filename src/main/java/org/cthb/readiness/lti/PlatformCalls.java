package org.cthb.readiness.lti;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls to a platform's token and score services, each bounded by {@code cthb.lti.connect-timeout} and
 * {@code cthb.lti.read-timeout}: the request timeout only covers the wait for the headers, so the whole exchange is
 * bounded too, and a platform that sends headers and then never ends its body holds no sender for ever.
 */
@ApplicationScoped
public class PlatformCalls {

    /** How a platform answered; {@code status} is null when it did not answer at all. */
    record Answer(Integer status, String body, String error) {
    }

    @ConfigProperty(name = "cthb.lti.connect-timeout", defaultValue = "5s")
    Duration connectTimeout;
    @ConfigProperty(name = "cthb.lti.read-timeout", defaultValue = "10s")
    Duration readTimeout;

    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "lti-platform-calls");
        thread.setDaemon(true);
        return thread;
    });
    private volatile HttpClient http;

    HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(readTimeout);
    }

    Answer call(HttpRequest request) throws InterruptedException {
        CompletableFuture<HttpResponse<String>> call = client().sendAsync(request,
                HttpResponse.BodyHandlers.ofString());
        try {
            HttpResponse<String> response = call.get(connectTimeout.plus(readTimeout).toMillis(),
                    TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), response.body(), "platform answered " + response.statusCode());
        } catch (TimeoutException e) {
            call.cancel(true);
            return new Answer(null, null, "platform did not answer within " + connectTimeout.plus(readTimeout));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof java.net.http.HttpConnectTimeoutException) {
                return new Answer(null, null, "platform did not accept a connection within " + connectTimeout);
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                return new Answer(null, null, "platform did not answer within " + readTimeout);
            }
            return new Answer(null, null, "platform unreachable: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
        } catch (InterruptedException e) {
            call.cancel(true);
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    private HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(connectTimeout).executor(threads).build();
        }
        return http;
    }
}
