package org.cthb.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Learners working through both instances while the drill breaks things. A request goes to the instances in turn,
 * as the load balancer sends it; one that finds its instance gone (connection refused) is sent to the other, as
 * haproxy does once its health check has noticed. A 503 is repeated after its Retry-After, as the README tells
 * clients to do. Each learner marks the lessons done, starts the module's quiz (now and then twice at the same
 * moment, once on each instance: a double click behind a load balancer) and saves answers, changing them as people
 * do, now and then the same answer twice at the same moment. Every answer the service acknowledged (200) is kept,
 * to be looked for on every node at the end.
 */
final class GaleraTraffic {

    /** One phase's counts: what clients saw while a fault was on. */
    static final class Phase {
        final String name;
        final AtomicLong requests = new AtomicLong();
        final AtomicLong ok = new AtomicLong();
        final AtomicLong unavailable = new AtomicLong();
        final AtomicLong unavailableWithoutRetryAfter = new AtomicLong();
        final AtomicLong otherErrors = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final Map<String, Long> refusals = new ConcurrentHashMap<>();
        final AtomicLong rerouted = new AtomicLong();
        final AtomicLong unreachable = new AtomicLong();
        final AtomicLong answersAcknowledged = new AtomicLong();
        final AtomicLong maxMillis = new AtomicLong();
        final List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong lastAnswerAt = new AtomicLong();
        final AtomicLong longestGapMillis = new AtomicLong();
        final long startedAt = System.nanoTime();

        Phase(String name) {
            this.name = name;
            lastAnswerAt.set(startedAt);
        }

        void answered() {
            answersAcknowledged.incrementAndGet();
            long now = System.nanoTime();
            long before = lastAnswerAt.getAndSet(now);
            longestGapMillis.accumulateAndGet((now - before) / 1_000_000, Math::max);
        }

        long p99() {
            List<Long> copy;
            synchronized (millis) {
                copy = new ArrayList<>(millis);
            }
            if (copy.isEmpty()) {
                return 0;
            }
            Collections.sort(copy);
            return copy.get(Math.min(copy.size() - 1, (int) Math.ceil(copy.size() * 0.99) - 1));
        }
    }

    /** The answer a learner last saw acknowledged for a question of an attempt, and whether a later save went unanswered. */
    record Acknowledged(String options, boolean laterUnanswered) {
    }

    private final List<Http> instances;
    private final Course course;
    private final int version;
    private final AtomicInteger turn = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    final Set<String> doubleStartsDisagreeing = ConcurrentHashMap.newKeySet();
    volatile Phase phase;

    GaleraTraffic(List<Http> instances, Course course, int version, Phase first) {
        this.instances = instances;
        this.course = course;
        this.version = version;
        this.phase = first;
    }

    void start(List<Http.Session> learners) {
        for (Http.Session learner : learners) {
            Thread t = new Thread(() -> learn(learner), "drill-" + learner.email);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(60_000);
        }
    }

    private void learn(Http.Session me) {
        List<String> modules = new ArrayList<>(course.modules.keySet());
        while (running.get()) {
            Collections.shuffle(modules);
            for (String module : modules) {
                if (!running.get()) {
                    return;
                }
                try {
                    workOn(me, module);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void workOn(Http.Session me, String module) throws InterruptedException {
        String base = "/api/learning/versions/" + version + "/modules/" + module;
        for (String lesson : course.modules.get(module).lessons()) {
            call(me, base + "/lessons/" + lesson + "/done",
                    b -> b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        }
        JsonNode attempt = start(me, base + "/attempts");
        if (attempt == null) {
            return;
        }
        long id = attempt.path("id").asLong();
        List<JsonNode> questions = new ArrayList<>();
        attempt.path("questions").forEach(questions::add);
        for (int round = 0; round < 3 && running.get(); round++) {
            for (JsonNode q : questions) {
                List<JsonNode> options = new ArrayList<>();
                q.path("options").forEach(options::add);
                if (options.isEmpty() || !running.get()) {
                    continue;
                }
                String option = options.get(ThreadLocalRandom.current().nextInt(options.size())).path("id").asText();
                save(me, id, q.path("id").asText(), option);
                Thread.sleep(ThreadLocalRandom.current().nextLong(50, 250));
            }
        }
    }

    /** Starts the quiz; one start in four is sent twice at the same moment, once to each instance. */
    private JsonNode start(Http.Session me, String path) throws InterruptedException {
        if (ThreadLocalRandom.current().nextInt(4) > 0 || instances.size() < 2) {
            return call(me, path, b -> b.POST(HttpRequest.BodyPublishers.noBody()));
        }
        CompletableFuture<JsonNode> a = CompletableFuture.supplyAsync(() -> quietly(() ->
                callOn(0, me, path, b -> b.POST(HttpRequest.BodyPublishers.noBody()))));
        CompletableFuture<JsonNode> b = CompletableFuture.supplyAsync(() -> quietly(() ->
                callOn(1, me, path, r -> r.POST(HttpRequest.BodyPublishers.noBody()))));
        JsonNode first = a.join();
        JsonNode second = b.join();
        if (first != null && second != null && first.path("id").asLong() != second.path("id").asLong()) {
            doubleStartsDisagreeing.add(me.email + " " + path + ": " + first.path("id") + " and " + second.path("id"));
        }
        return first != null ? first : second;
    }

    /** Saves an answer; one save in five is sent twice at the same moment, once to each instance. */
    private void save(Http.Session me, long attempt, String question, String option) throws InterruptedException {
        String key = attempt + "/" + question;
        String path = "/api/learning/attempts/" + attempt + "/answers/" + question;
        Function<HttpRequest.Builder, HttpRequest.Builder> put = b -> b.header("Content-Type", "application/json")
                .PUT(Http.json(Map.of("options", List.of(option))));
        boolean twice = instances.size() > 1 && ThreadLocalRandom.current().nextInt(5) == 0;
        JsonNode result;
        if (twice) {
            CompletableFuture<JsonNode> a = CompletableFuture.supplyAsync(() -> quietly(() -> callOn(0, me, path, put)));
            CompletableFuture<JsonNode> b = CompletableFuture.supplyAsync(() -> quietly(() -> callOn(1, me, path, put)));
            JsonNode first = a.join();
            JsonNode second = b.join();
            // Both carry the same answer: either acknowledgement means it was written.
            result = first != null ? first : second;
        } else {
            result = call(me, path, put);
        }
        if (result != null) {
            acknowledged.put(key, new Acknowledged(option, false));
            phase.answered();
        } else {
            acknowledged.computeIfPresent(key, (k, v) -> new Acknowledged(v.options(), true));
            acknowledged.putIfAbsent(key, new Acknowledged(null, true));
        }
    }

    private interface Call {
        JsonNode run() throws InterruptedException;
    }

    private static JsonNode quietly(Call call) {
        try {
            return call.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Sends through the "load balancer": the next instance in turn. */
    private JsonNode call(Http.Session me, String path, Function<HttpRequest.Builder, HttpRequest.Builder> how)
            throws InterruptedException {
        return callOn(Math.floorMod(turn.getAndIncrement(), instances.size()), me, path, how);
    }

    /**
     * Sends to one instance; a refused connection goes to the other (the balancer's redispatch), a 503 is repeated
     * after its Retry-After (up to five times). Returns the body of a 200, or null.
     */
    private JsonNode callOn(int preferred, Http.Session me, String path,
                            Function<HttpRequest.Builder, HttpRequest.Builder> how) throws InterruptedException {
        Phase p = phase;
        for (int tries = 0; tries < 6 && running.get(); tries++) {
            int index = preferred;
            HttpResponse<String> response = null;
            for (int hop = 0; hop < instances.size() && response == null; hop++) {
                Http http = instances.get(Math.floorMod(index + hop, instances.size()));
                long t = System.nanoTime();
                try {
                    p.requests.incrementAndGet();
                    response = http.sendNow(how.apply(http.request(path, me)).build(), me);
                    long ms = (System.nanoTime() - t) / 1_000_000;
                    p.millis.add(ms);
                    p.maxMillis.accumulateAndGet(ms, Math::max);
                } catch (ConnectException e) {
                    p.rerouted.incrementAndGet();
                } catch (IOException e) {
                    // The instance died with the request in flight: the client sees a reset and tries again.
                    p.rerouted.incrementAndGet();
                }
            }
            if (response == null) {
                p.unreachable.incrementAndGet();
                Thread.sleep(500);
                continue;
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                p.ok.incrementAndGet();
                try {
                    return response.body().isEmpty() ? Http.JSON.nullNode() : Http.JSON.readTree(response.body());
                } catch (IOException e) {
                    return Http.JSON.nullNode();
                }
            }
            if (status == 503) {
                p.unavailable.incrementAndGet();
                String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
                if (retryAfter == null) {
                    p.unavailableWithoutRetryAfter.incrementAndGet();
                }
                Thread.sleep(Math.min(5_000, 1000L * (retryAfter == null ? 1 : Long.parseLong(retryAfter.trim()))));
                continue;
            }
            if (status >= 500) {
                p.otherErrors.incrementAndGet();
                if (p.errorSamples.size() < 5) {
                    p.errorSamples.add(status + " " + path + ": " + Http.abbreviate(response.body()));
                }
            }
            if (status < 500) {
                p.refused.incrementAndGet();
                p.refusals.merge(status + " " + path.replaceAll("/\\d+", "/{n}") + ": "
                        + Http.abbreviate(response.body()).replaceAll("\\d+", "n"), 1L, Long::sum);
            }
            // 4xx (e.g. attempts used up) and other 5xx: not repeated.
            return null;
        }
        return null;
    }
}
