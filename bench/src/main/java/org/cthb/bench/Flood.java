package org.cthb.bench;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sign-in flood: {@code clients} workers post the sign-in form as fast as the service answers, with right
 * passwords of many accounts (each costs a full Argon2id check; wrong ones from one address would soon be refused
 * by the throttle without hashing), until stopped.
 */
final class Flood implements AutoCloseable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService workers;

    Flood(Result r, Http http, List<String> emails, int clients) {
        workers = Executors.newFixedThreadPool(clients, work -> {
            Thread t = new Thread(work, "flood");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger next = new AtomicInteger();
        for (int w = 0; w < clients; w++) {
            workers.execute(() -> {
                while (running.get()) {
                    String email = emails.get(Math.floorMod(next.getAndIncrement(), emails.size()));
                    long t = System.nanoTime();
                    try {
                        HttpResponse<Void> response = http.client.send(http.signInRequest(email,
                                DataSet.LEARNER_PASSWORD), HttpResponse.BodyHandlers.discarding());
                        long elapsed = System.nanoTime() - t;
                        String location = response.headers().firstValue("location").orElse("");
                        if (Http.sessionCookie(response) != null) {
                            r.series("flood: signed in").add(elapsed);
                        } else if (location.contains("busy=")) {
                            r.series("flood: refused, pool full (503 page)").add(elapsed);
                        } else {
                            r.series("flood: other").error(response.statusCode() + " " + location);
                        }
                    } catch (Exception e) {
                        r.series("flood: other").error(e.toString());
                    }
                }
            });
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        workers.shutdown();
        workers.awaitTermination(2, TimeUnit.MINUTES);
    }
}
