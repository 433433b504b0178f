package org.cthb.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Learners taking a module's quiz: start, save an answer per question, submit. Open model with think time for the
 * realistic load, and closed loop without think time for the saturation throughput.
 */
final class QuizFlow {

    private final Http http;
    private final DataSet data;

    QuizFlow(Http http, DataSet data) {
        this.http = http;
        this.data = data;
    }

    /** Signs everyone in on two threads (not measured: the login burst scenario measures sign-in). */
    List<Http.Session> signInAll(List<String> emails) throws Exception {
        List<Http.Session> sessions = Collections.synchronizedList(new ArrayList<>());
        DataSet.parallel(emails, e -> sessions.add(http.signIn(e, DataSet.LEARNER_PASSWORD)));
        return new ArrayList<>(sessions);
    }

    /**
     * Marks the modules' lessons done for everyone (not measured): a quiz opens once its lessons are done, and the
     * scenarios measure the quiz.
     */
    void readLessons(List<Http.Session> learners, List<String> modules) throws Exception {
        DataSet.parallel(learners, me -> {
            for (String module : modules) {
                data.readLessons(me, data.version, module);
            }
        });
    }

    /**
     * Each learner starts within the first think time (the exam opens, everyone begins within a minute or so), then
     * thinks {@code min}-{@code max} seconds before each answer and before submitting. Nine in ten answers are right.
     */
    void withThinkTime(Result r, List<Http.Session> learners, String module, double min, double max) throws Exception {
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        CountDownLatch done = new CountDownLatch(learners.size());
        try {
            for (Http.Session learner : learners) {
                long offset = (long) (ThreadLocalRandom.current().nextDouble(0, max) * 1000);
                clock.schedule(() -> {
                    Learner l = new Learner(r, learner, module, min, max, clock, done);
                    l.safely(l::start);
                }, offset, TimeUnit.MILLISECONDS);
            }
            if (!done.await((long) (max * 8 + 600), TimeUnit.SECONDS)) {
                r.notes.add(done.getCount() + " learners had not finished when the scenario timed out");
            }
        } finally {
            clock.shutdownNow();
        }
    }

    private final class Learner {
        final Result r;
        final Http.Session me;
        final String module;
        final double min;
        final double max;
        final ScheduledExecutorService clock;
        final CountDownLatch done;
        long attempt;
        final List<JsonNode> questions = new ArrayList<>();
        int next;

        Learner(Result r, Http.Session me, String module, double min, double max, ScheduledExecutorService clock,
                CountDownLatch done) {
            this.r = r;
            this.me = me;
            this.module = module;
            this.min = min;
            this.max = max;
            this.clock = clock;
            this.done = done;
        }

        void start() {
            timed("start", http.request("/api/learning/versions/" + data.version + "/modules/" + module + "/attempts", me)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), body -> {
                attempt = body.path("id").asLong();
                body.path("questions").forEach(questions::add);
                think(this::answer);
            });
        }

        void answer() {
            JsonNode q = questions.get(next++);
            boolean right = ThreadLocalRandom.current().nextInt(10) < 9;
            timed("answer save", http.request("/api/learning/attempts/" + attempt + "/answers/" + q.path("id").asText(), me)
                    .header("Content-Type", "application/json")
                    .PUT(Http.json(Map.of("options", data.answer(module, q, right)))).build(),
                    body -> think(next < questions.size() ? this::answer : this::submit));
        }

        void submit() {
            timed("submit", http.request("/api/learning/attempts/" + attempt + "/submit", me)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), body -> done.countDown());
        }

        void think(Runnable then) {
            long ms = (long) (ThreadLocalRandom.current().nextDouble(min, max) * 1000);
            clock.schedule(() -> safely(then), ms, TimeUnit.MILLISECONDS);
        }

        /**
         * A scheduled step that throws (an answer the course file does not match, an attempt without questions)
         * would vanish in the scheduler and leave the scenario waiting for its time-out: count it and end the learner.
         */
        void safely(Runnable step) {
            try {
                step.run();
            } catch (RuntimeException e) {
                r.series("learner stopped").error(e.toString());
                done.countDown();
            }
        }

        void timed(String series, HttpRequest request, Step then) {
            long t = System.nanoTime();
            http.send(request, me).whenComplete((response, failure) -> {
                long elapsed = System.nanoTime() - t;
                try {
                    if (failure != null || response.statusCode() != 200) {
                        r.series(series).error(failure != null ? failure.toString()
                                : response.statusCode() + " " + Http.abbreviate(response.body()));
                        done.countDown();
                        return;
                    }
                    r.series(series).add(elapsed);
                    then.run(Http.JSON.readTree(response.body()));
                } catch (Exception e) {
                    r.series(series).error(e.toString());
                    done.countDown();
                }
            });
        }
    }

    interface Step {
        void run(JsonNode body) throws Exception;
    }

    /** Closed loop: {@code clients} workers start attempts and save every answer as fast as the service allows. */
    List<Long> prepareAttempts(Result r, List<Http.Session> learners, String module, int clients) throws Exception {
        List<Long> attempts = Collections.synchronizedList(new ArrayList<>());
        closedLoop(learners.size(), clients, i -> {
            Http.Session me = learners.get(i);
            long t = System.nanoTime();
            JsonNode attempt = http.expect(http.request("/api/learning/versions/" + data.version + "/modules/" + module
                    + "/attempts", me).POST(HttpRequest.BodyPublishers.noBody()).build(), me, 200);
            r.series("start").add(System.nanoTime() - t);
            long id = attempt.path("id").asLong();
            for (JsonNode q : attempt.path("questions")) {
                t = System.nanoTime();
                http.expect(http.request("/api/learning/attempts/" + id + "/answers/" + q.path("id").asText(), me)
                        .header("Content-Type", "application/json")
                        .PUT(Http.json(Map.of("options", data.answer(module, q, ThreadLocalRandom.current().nextInt(10) < 9))))
                        .build(), me, 200);
                r.series("answer save").add(System.nanoTime() - t);
            }
            attempts.add(id);
            attemptOwners.put(id, me);
        });
        return new ArrayList<>(attempts);
    }

    private final Map<Long, Http.Session> attemptOwners = new java.util.concurrent.ConcurrentHashMap<>();

    /** Closed loop: submits every prepared attempt, {@code clients} at a time, no pause. */
    void submitAll(Result r, List<Long> attempts, int clients) throws Exception {
        closedLoop(attempts.size(), clients, i -> {
            long id = attempts.get(i);
            Http.Session me = attemptOwners.get(id);
            long t = System.nanoTime();
            HttpResponse<String> response = http.sendNow(http.request("/api/learning/attempts/" + id + "/submit", me)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), me);
            if (response.statusCode() == 200) {
                r.series("submit").add(System.nanoTime() - t);
            } else {
                r.series("submit").error(response.statusCode() + " " + Http.abbreviate(response.body()));
            }
        });
    }

    interface Indexed {
        void run(int i) throws Exception;
    }

    static void closedLoop(int n, int clients, Indexed body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int w = 0; w < clients; w++) {
            workers.add(CompletableFuture.runAsync(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    try {
                        body.run(i);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }, pool));
        }
        try {
            CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdownNow();
        }
    }
}
