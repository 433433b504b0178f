package org.cthb.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/** The scenarios other than the quiz flow. */
final class Scenarios {

    private final Options options;
    private final Http http;
    private final DataSet data;
    private final Course course;

    Scenarios(Options options, Http http, DataSet data, Course course) {
        this.options = options;
        this.http = http;
        this.data = data;
        this.course = course;
    }

    /** Readiness of the large nation's contingent, one officer asking again and again after a warm-up. */
    void readiness(Result r) throws Exception {
        Http.Session officer = data.officers.get(DataSet.BIG_NATION);
        String base = "/api/nations/" + DataSet.BIG_NATION + "/readiness?mission=" + DataSet.BIG_MISSION + "&date="
                + LocalDate.now();
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("report (JSON: counts of everyone, first page of 100 people)", base);
        variants.put("every person listed (JSON, size=1000 pages would be needed; one page of 1000)", base + "&size=1000");
        variants.put("filtered to NOT_STARTED", base + "&status=NOT_STARTED");
        variants.put("HTML page", "/nations/" + DataSet.BIG_NATION + "/readiness?mission=" + DataSet.BIG_MISSION
                + "&date=" + LocalDate.now());
        int warmUp = options.quick ? 5 : 20;
        for (String path : variants.values()) {
            for (int i = 0; i < warmUp; i++) {
                int status = http.sendNow(http.request(path, officer).build(), officer).statusCode();
                if (status != 200) {
                    throw new IllegalStateException("GET " + path + " answered " + status);
                }
            }
        }
        for (Map.Entry<String, String> v : variants.entrySet()) {
            boolean main = v.getValue().equals(base);
            int runs = main ? options.readinessRuns : Math.max(10, options.readinessRuns / 4);
            long bytes = 0;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                HttpResponse<String> response = http.sendNow(http.request(v.getValue(), officer).build(), officer);
                long elapsed = System.nanoTime() - t;
                if (response.statusCode() == 200) {
                    r.series(v.getKey()).add(elapsed);
                    bytes = response.body().length();
                } else {
                    r.series(v.getKey()).error(response.statusCode() + " " + Http.abbreviate(response.body()));
                }
            }
            if (main) {
                JsonNode report = Http.JSON.readTree(http.sendNow(http.request(base, officer).build(), officer).body());
                r.notes.add(String.format("Contingent: %,d persons; counts %s; JSON body %,d characters",
                        report.path("total").asLong(), report.path("counts"), bytes));
            }
        }
        r.notes.add("One client, requests one after another (no gzip asked: this measures the service, not the"
                + " compression); " + warmUp + " warm-up requests per variant first");
        r.target("p95 of the report (counts + first page)", r.series.values().iterator().next().percentileMs(95), 50, "ms");
    }

    /** Public certificate verification by number, {@code verifyConcurrency} anonymous clients in a closed loop. */
    void verification(Result r) throws Exception {
        List<String> numbers = data.certificateNumbers;
        for (int i = 0; i < Math.min(200, numbers.size()); i++) {
            http.sendNow(http.request("/api/certificates/" + CertificateNumbers.display(numbers.get(i)), null).build(), null);
        }
        AtomicInteger notFound = new AtomicInteger();
        int total = options.verifyRequests;
        QuizFlow.closedLoop(total, options.verifyConcurrency, i -> {
            String number = CertificateNumbers.display(numbers.get(i % numbers.size()));
            long t = System.nanoTime();
            HttpResponse<String> response = http.sendNow(http.request("/api/certificates/" + number, null).build(), null);
            if (response.statusCode() == 200) {
                r.series("verify").add(System.nanoTime() - t);
            } else {
                notFound.incrementAndGet();
                r.series("verify").error(response.statusCode() + " " + Http.abbreviate(response.body()));
            }
        });
        r.notes.add(String.format("%,d look-ups of %,d different issued certificates (3%% of them revoked), %d clients;"
                        + " the per-address limit (cthb.certificate.verify-per-minute, default 30) raised to %s for the run",
                total, numbers.size(), options.verifyConcurrency, Service.VERIFY_PER_MINUTE));
    }

    /** A new nation's 100,000-row roster: dry run, commit (the target), and the same file again (all updates). */
    void rosterImport(Result r) throws Exception {
        String nation = data.importNation;
        Path csv = options.work.resolve("import-" + nation + ".csv");
        Roster.write(csv, nation, 9_000_000, options.importRows, null, 99);
        String email = DataSet.officerEmail(nation);
        http.expect(http.request("/api/accounts", data.admin).header("Content-Type", "application/json")
                .POST(Http.json(Map.of("email", email, "password", DataSet.OFFICER_PASSWORD, "role", "NATION_OFFICER",
                        "nation", nation))).build(), data.admin, 201);
        Http.Session officer = http.signIn(email, DataSet.OFFICER_PASSWORD);
        long size = Files.size(csv);
        for (String step : List.of("dry run", "commit (new persons)", "commit again (same file: every row an update)")) {
            boolean dry = step.equals("dry run");
            long t = System.nanoTime();
            HttpResponse<String> response = http.sendNow(http.request("/api/nations/" + nation + "/roster?dryRun=" + dry,
                    officer).header("Content-Type", "text/csv; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofFile(csv))
                    .build(), officer);
            long elapsed = System.nanoTime() - t;
            if (response.statusCode() != 200) {
                r.series(step).error(response.statusCode() + " " + Http.abbreviate(response.body()));
                continue;
            }
            r.series(step).add(elapsed);
            JsonNode report = Http.JSON.readTree(response.body());
            r.notes.add(String.format("%s: %.2f s, %,d rows, %,d created, %,d updated, %,d rejected; response %,d bytes",
                    step, elapsed / 1e9, report.path("rows").asLong(), report.path("created").asLong(),
                    report.path("updated").asLong(), report.path("rejected").asLong(), response.body().length()));
        }
        r.requests = 3;
        r.notes.add(String.format("File: %,d rows, %.1f MB, text/csv request body, into %s (a partner nation, outside the"
                + " data set); each commit validates the whole file, then writes in batches of 1,000", options.importRows,
                size / 1e6, nation));
        Latencies commit = r.series.get("commit (new persons)");
        if (commit != null && commit.count() > 0) {
            r.target("commit of " + String.format("%,d", options.importRows) + " rows, end to end", commit.percentileMs(50) / 1000, 10, "s");
        }
    }

    /** Sign-ins spread evenly over the burst window, without waiting for answers (open loop), like an exam start. */
    void loginBurst(Result r) throws Exception {
        List<String> emails = data.burstLearners;
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch done = new CountDownLatch(emails.size());
        double gap = options.burstSeconds * 1000.0 / emails.size();
        try {
            for (int i = 0; i < emails.size(); i++) {
                String email = emails.get(i);
                clock.schedule(() -> {
                    long t = System.nanoTime();
                    http.client.sendAsync(http.signInRequest(email, DataSet.LEARNER_PASSWORD), HttpResponse.BodyHandlers.discarding())
                            .whenComplete((response, failure) -> {
                                long elapsed = System.nanoTime() - t;
                                if (failure == null && Http.sessionCookie(response) != null) {
                                    r.series("sign-in").add(elapsed);
                                } else {
                                    r.series("sign-in").error(failure != null ? failure.toString()
                                            : response.statusCode() + " " + response.headers().firstValue("location").orElse(""));
                                }
                                done.countDown();
                            });
                }, (long) (i * gap * 1000), TimeUnit.MICROSECONDS);
            }
            done.await(10, TimeUnit.MINUTES);
        } finally {
            clock.shutdownNow();
        }
        r.notes.add(String.format("%d form sign-ins (POST /j_security_check) of different learners, one every %.0f ms;"
                + " Argon2id with 19 MiB, 2 iterations, 1 lane (account.PasswordHasher)", emails.size(), gap));
    }

    /** Every learner page, compressed as sent (Accept-Encoding: gzip), in English and French. */
    Map<String, long[]> pageWeight(Result r) throws Exception {
        Http.Session me = http.signIn(data.pageLearner, DataSet.LEARNER_PASSWORD);
        List<String> paths = new ArrayList<>(List.of("/signin", "/verify", "/verify?number="
                + CertificateNumbers.display(data.certificateNumbers.get(0)), "/", "/support", "/learn"));
        for (String module : data.coreModules) {
            Course.Module m = course.modules.get(module);
            for (String lesson : m.lessons()) {
                String path = "/learn/v/" + data.version + "/" + module + "/" + lesson;
                paths.add(path + "?view=lesson");
                if (m.alternatives().contains(lesson)) {
                    paths.add(path);
                    paths.add(path + "?view=alternative");
                }
            }
        }
        Map<String, long[]> weights = new LinkedHashMap<>();
        for (String path : paths) {
            weights.put(path, new long[]{fetch(path, me, "en", r), fetch(path, me, "fr", r)});
        }
        // Quiz pages: an open attempt and its result for each required module; passing all certifies the learner.
        for (String module : data.coreModules) {
            data.readLessons(me, data.version, module);
            JsonNode attempt = http.expect(http.request("/api/learning/versions/" + data.version + "/modules/" + module
                    + "/attempts", me).POST(HttpRequest.BodyPublishers.noBody()).build(), me, 200);
            long id = attempt.path("id").asLong();
            for (JsonNode q : attempt.path("questions")) {
                http.expect(http.request("/api/learning/attempts/" + id + "/answers/" + q.path("id").asText(), me)
                        .header("Content-Type", "application/json")
                        .PUT(Http.json(Map.of("options", data.answer(module, q, true)))).build(), me, 200);
            }
            weights.put("/learn/attempts/" + id + " (" + module + ", 5 questions answered)",
                    new long[]{fetch("/learn/attempts/" + id, me, "en", r), fetch("/learn/attempts/" + id, me, "fr", r)});
            http.expect(http.request("/api/learning/attempts/" + id + "/submit", me)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), me, 200);
            weights.put("/learn/attempts/" + id + "/result (" + module + ")", new long[]{
                    fetch("/learn/attempts/" + id + "/result", me, "en", r),
                    fetch("/learn/attempts/" + id + "/result", me, "fr", r)});
        }
        for (String path : List.of("/learn", "/certificates")) {
            weights.put(path + " (certified)", new long[]{fetch(path, me, "en", r), fetch(path, me, "fr", r)});
        }
        weights.put("/static/app.css", new long[]{fetch("/static/app.css", null, "en", r), fetch("/static/app.css", null, "fr", r)});
        return weights;
    }

    private long fetch(String path, Http.Session me, String lang, Result r) throws IOException, InterruptedException {
        HttpRequest.Builder b = http.request(path, null).header("Accept-Encoding", "gzip");
        b.header("Cookie", "cthb-lang=" + lang + (me == null || path.startsWith("/signin") || path.startsWith("/verify")
                ? "" : "; cthb-session=" + me.cookie));
        long t = System.nanoTime();
        HttpResponse<byte[]> response = http.client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        r.series("page").add(System.nanoTime() - t);
        String encoding = response.headers().firstValue("content-encoding").orElse("");
        if (response.statusCode() != 200) {
            r.notes.add(path + " (" + lang + ") answered " + response.statusCode());
            return -response.statusCode();
        }
        if (!encoding.equals("gzip")) {
            r.notes.add(path + " (" + lang + ") was sent without compression");
        } else {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                in.readAllBytes();
            }
        }
        return response.body().length;
    }
}
