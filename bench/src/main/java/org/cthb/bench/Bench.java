package org.cthb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the whole benchmark: starts the service on a fresh embedded database, builds the data set, runs every
 * scenario under a JFR recording, restarts the service to time a start on existing data, and writes the report.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        deleteRecursively(o.work);
        Files.createDirectories(o.work);
        Report report = new Report(o);
        Service service = new Service(o);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        log("Starting the service on a fresh data folder");
        long freshStart = service.start();
        long[] idle = service.rssMb();
        report.memory.put("Start-up, new data folder (database created, schema migrated, course imported)",
                freshStart + " ms from process start to /q/health/ready answering UP");
        report.memory.put("Resident memory just after start", mb(idle));
        report.memory.put("JVM flags", o.jvmOpts.isBlank() ? "none (defaults: the heap may grow to a quarter of the"
                + " machine's memory before a full collection; production images set -XX:MaxRAMPercentage=75 of the"
                + " container's limit)" : o.jvmOpts);
        Http http = new Http(o.httpPort);
        Course course = Course.read(o.repo.resolve("courses/cthb-predeployment"));
        Profiler profiler = new Profiler(service.pid(), o.work);
        DataSet data = new DataSet(o, http, service, course);
        log("Building the data set");
        long t = System.nanoTime();
        data.build();
        report.dataNotes.addAll(data.notes);
        report.dataNotes.add(0, String.format("Built in %.0f s: %d nations, the readiness and quiz scenarios use %s",
                (System.nanoTime() - t) / 1e9, data.nations.size(), DataSet.BIG_NATION));
        Scenarios scenarios = new Scenarios(o, http, data, course);
        QuizFlow quiz = new QuizFlow(http, data);

        if (o.runs("pages")) {
            run(report, service, profiler, new Result("Page weight", "Every learner page fetched once in English and"
                    + " once in French as a signed-in learner, compressed."), r -> report.pageWeights = scenarios.pageWeight(r));
        }
        if (o.runs("readiness")) {
            run(report, service, profiler, new Result("Readiness of the " + DataSet.BIG_NATION + " contingent",
                    "GET /api/nations/" + DataSet.BIG_NATION + "/readiness?mission=" + DataSet.BIG_MISSION
                            + "&date=today as the nation's officer (session cookie), " + o.readinessRuns + " times."),
                    scenarios::readiness);
        }
        if (o.runs("verification")) {
            run(report, service, profiler, new Result("Certificate verification", "GET /api/certificates/{number},"
                    + " anonymous, closed loop."), scenarios::verification);
        }
        if (o.runs("burst")) {
            Result burst = run(report, service, profiler, new Result("Login burst", o.burstLogins + " sign-ins in "
                    + o.burstSeconds + " s."), scenarios::loginBurst);
            expectations(report, burst, o);
        }
        Floors floors = new Floors(o, http, service, data, course);
        Result floor = null;
        if (o.runs("floors")) {
            floor = run(report, service, profiler, new Result("Floors: what the hardware allows", "Measured in this"
                    + " run with the same client (JDK HttpClient, HTTP/1.1 keep-alive) and concurrency as the scenarios:"
                    + " 1 client one request after another, and " + o.saturationClients + " clients in a closed loop"
                    + " like the saturation scenarios."), floors::run);
        }
        Result flow = null;
        Result saves = null;
        Result submits = null;
        boolean quizRuns = o.runs("quiz") || o.runs("flood") || o.runs("saturation");
        List<Http.Session> learners = List.of();
        if (quizRuns) {
            log("Signing in " + data.quizLearners.size() + " learners for the quiz flow");
            t = System.nanoTime();
            learners = quiz.signInAll(data.quizLearners);
            quiz.readLessons(learners, List.of(data.coreModules.get(0), data.coreModules.get(1), data.coreModules.get(2)));
        }
        String signIns = String.format("%d learners signed in beforehand in %.0f s (not measured here: see the login"
                + " burst)", learners.size(), (System.nanoTime() - t) / 1e9);
        List<Http.Session> takers = learners;
        if (o.runs("quiz") || o.runs("flood")) {
            String core = data.coreModules.get(0);
            flow = run(report, service, profiler, new Result("Quiz flow with think time", takers.size()
                    + " learners take the quiz of the core module `" + core + "`: start, save 5 answers, submit, with "
                    + o.thinkMin + "–" + o.thinkMax + " s of think time before each answer and the submit; all start"
                    + " within the first " + o.thinkMax + " s."), r -> {
                r.notes.add(signIns);
                quiz.withThinkTime(r, takers, core, o.thinkMin, o.thinkMax);
                target(r, "answer save");
                target(r, "submit");
            });
        }
        if (o.runs("flood") && data.coreModules.size() > 2) {
            String third = data.coreModules.get(2);
            Result calm = flow;
            run(report, service, profiler, new Result("Quiz flow under a sign-in flood", "The same learners take the"
                    + " quiz of `" + third + "` exactly as above, while " + o.floodClients + " clients post the sign-in"
                    + " form with right passwords of the " + data.burstLearners.size() + " burst learners as fast as"
                    + " the service answers. Target: p99 of an answer save at most 1.5× the figure without the flood"
                    + " (the scenario above)."), r -> {
                // The flood comes from elsewhere: a client of its own (connections, selector and threads), so that
                // in the driver it never queues the learners' requests, whose times are the measurement.
                Http other = new Http(o.httpPort);
                try (Flood flood = new Flood(r, other, data.burstLearners, o.floodClients)) {
                    quiz.withThinkTime(r, takers, third, o.thinkMin, o.thinkMax);
                } finally {
                    other.close();
                }
                floodRatio(r, calm);
            });
        }
        if (o.runs("saturation")) {
            String second = data.coreModules.get(1);
            List<Long>[] prepared = new List[1];
            saves = run(report, service, profiler, new Result("Answer save saturation", "The same learners, "
                    + o.saturationClients + " clients in a closed loop without think time: start the quiz of `" + second
                    + "` and save 5 answers (preparing the submit scenario)."), r -> prepared[0] =
                    quiz.prepareAttempts(r, takers, second, o.saturationClients));
            submits = run(report, service, profiler, new Result("Submit saturation", o.saturationClients + " clients in a"
                    + " closed loop submit the prepared attempts without think time: the most submits per second the"
                    + " service grades."), r -> quiz.submitAll(r, prepared[0], o.saturationClients));
        }
        if (floor != null) {
            report.results.add(againstTheFloor(floor, floors, flow, saves, submits, o));
        }
        if (o.runs("import")) {
            run(report, service, profiler, new Result("Roster import", "POST /api/nations/{iso3}/roster as text/csv,"
                    + " one request per step, as the nation's officer."), scenarios::rosterImport);
        }

        report.memory.put("Resident memory after the scenarios", mb(service.rssMb()));
        report.memory.put("Peak resident memory (VmHWM)", mb(service.peakRssMb()));
        if (o.runs("restart")) {
            log("Restarting on the existing data");
            service.stop();
            long restart = service.start();
            report.memory.put("Start-up on existing data (" + String.format("%,d", data.rosterSizes.values().stream()
                    .mapToInt(Integer::intValue).sum() + (o.runs("import") ? o.importRows : 0)) + " persons)",
                    restart + " ms");
            report.memory.put("Resident memory just after that start", mb(service.rssMb()));
        }
        if (o.runs("growth")) {
            // Last: it adds hundreds of thousands of persons and up to a million certificates.
            Growth growth = new Growth(o, http, service, data);
            run(report, service, profiler, new Result("How cost grows", "Readiness, roster import and certificate"
                    + " verification at growing sizes (tables below)."), growth::run);
            report.growth = growth;
        }
        service.stop();
        http.close();
        Path file = report.write();
        log("Report written to " + file);
        System.exit(0);
    }

    private static Result run(Report report, Service service, Profiler profiler, Result result, Result.Body body) {
        log(result.name);
        // Other work on the machine inflates latencies: the report shows how busy it was.
        result.notes.add("Load average when the scenario started: " + Report.load());
        try {
            Result.measure(service, profiler, result, body);
        } catch (Exception e) {
            result.notes.add("The scenario failed: " + e);
            e.printStackTrace();
        }
        report.results.add(result);
        result.series.forEach((k, l) -> log(String.format("  %s: n=%d errors=%d p50=%.1f p95=%.1f p99=%.1f ms", k,
                l.count(), l.errors(), l.percentileMs(50), l.percentileMs(95), l.percentileMs(99))));
        result.targets.forEach(x -> log("  " + x));
        return result;
    }

    private static void target(Result r, String series) {
        Latencies l = r.series.get(series);
        if (l != null && l.count() > 0) {
            r.target("p99 of " + series, l.percentileMs(99), 15, "ms");
        }
    }

    /**
     * Each scenario as a ratio to its floor (issue 21, point 1), with the targets: answer save and submit p50 at most
     * 1.5× (static round trip + bare commit) and p99 at most 15 ms at 2,000 takers; at least 2,000 answer saves/s
     * saturated; a learner page p50 at most 2× the static file; at most 10 ms of CPU per page.
     */
    private static Result againstTheFloor(Result floor, Floors floors, Result flow, Result saves, Result submits,
                                          Options o) {
        Result r = new Result("Against the floor", "Each scenario divided by what the hardware allows, both measured in"
                + " this run (the floors scenario above).");
        Latencies commit = floor.series.get(Floors.COMMIT_1);
        Latencies staticPage = floors.staticPage(floor);
        String staticName = floor.series.get(Floors.NGINX_PAGE_1) != null ? "nginx serving the page's bytes"
                : "the service's static handler (nginx absent)";
        if (floors.nginxBase == null) {
            r.notes.add("**nginx absent in this run** (" + floors.nginxMissing + "): the static floor is the service's"
                    + " own static handler, a higher floor than a real web server");
        } else {
            r.notes.add("Static floor: " + floors.nginxVersion + " on loopback, started by the bench (own prefix and"
                    + " configuration under bench/target/run/nginx)");
        }
        if (commit == null || staticPage == null || commit.count() == 0 || staticPage.count() == 0) {
            r.notes.add("The floors were not measured: no ratios");
            return r;
        }
        double floorMs = staticPage.percentileMs(50) + commit.percentileMs(50);
        r.notes.add(String.format("Floor of a write (p50): static round trip %.2f ms (%s, 1 client) + bare commit %.2f"
                + " ms = **%.2f ms**", staticPage.percentileMs(50), staticName, commit.percentileMs(50), floorMs));
        if (flow != null) {
            for (String series : List.of("answer save", "submit")) {
                Latencies l = flow.series.get(series);
                if (l != null && l.count() > 0) {
                    r.notes.add(String.format("Quiz flow (%,d takers), %s: p50 %.2f ms = **%.1f× the floor**, p99 %.1f ms",
                            o.learners, series, l.percentileMs(50), l.percentileMs(50) / floorMs, l.percentileMs(99)));
                    r.target(series + " p50 ÷ (static + commit), " + String.format("%,d", o.learners) + " takers",
                            l.percentileMs(50) / floorMs, 1.5, "×");
                    r.target(series + " p99, " + String.format("%,d", o.learners) + " takers", l.percentileMs(99), 15, "ms");
                }
            }
        }
        if (saves != null) {
            Latencies l = saves.series.get("answer save");
            if (l != null && l.count() > 0) {
                // The saturation scenario also starts attempts: saves per second over its whole wall time, starts
                // included, understate the save rate a little.
                double perSecond = l.count() / saves.wallSeconds;
                r.notes.add(String.format("Answer saves saturated (%d clients): %,.0f saves/s (attempt starts included"
                                + " in the time); bare commits at the same concurrency: %,.0f/s, ratio %.2f",
                        o.saturationClients, perSecond, floors.commitsPerSecond, perSecond / floors.commitsPerSecond));
                r.targetAtLeast("answer saves per second, saturated", perSecond, 2000, "/s");
            }
        }
        if (submits != null) {
            Latencies l = submits.series.get("submit");
            if (l != null && l.count() > 0) {
                r.notes.add(String.format("Submits saturated (%d clients): %,.0f/s, ratio to bare commits %.2f",
                        o.saturationClients, submits.throughput(), submits.throughput() / floors.commitsPerSecond));
            }
        }
        Latencies page = floor.series.get(Floors.PAGE_1);
        if (page != null && page.count() > 0) {
            r.notes.add(String.format("Learner page (the first lesson, 1 client): p50 %.2f ms = **%.1f× the static file**"
                    + " (%.2f ms, %s)", page.percentileMs(50), page.percentileMs(50) / staticPage.percentileMs(50),
                    staticPage.percentileMs(50), staticName));
            r.target("learner page p50 ÷ static file", page.percentileMs(50) / staticPage.percentileMs(50), 2, "×");
            r.target("CPU per learner page (JVM + mariadbd)", floors.pageCpuMs + floors.pageCpuDbMs, 10, "ms");
        }
        Latencies own = floor.series.get(Floors.STATIC_CSS_1);
        Latencies nginxCss = floor.series.get(Floors.NGINX_CSS_1);
        if (own != null && nginxCss != null && own.count() > 0 && nginxCss.count() > 0) {
            r.notes.add(String.format("The service's static handler (app.css): p50 %.2f ms = %.1f× nginx serving the same"
                    + " file (%.2f ms)", own.percentileMs(50), own.percentileMs(50) / nginxCss.percentileMs(50),
                    nginxCss.percentileMs(50)));
        }
        return r;
    }

    /** Answer saves under the flood against the same flow without it: the flood must not reach signed-in learners. */
    private static void floodRatio(Result flood, Result calm) {
        Latencies with = flood.series.get("answer save");
        Latencies without = calm.series.get("answer save");
        if (with == null || without == null || with.count() == 0 || without.count() == 0) {
            return;
        }
        flood.notes.add(String.format("p99 of an answer save: %.1f ms without the flood, %.1f ms with it (ratio %.2f)",
                without.percentileMs(99), with.percentileMs(99), with.percentileMs(99) / without.percentileMs(99)));
        flood.target("answer save p99 with flood ÷ without", with.percentileMs(99) / without.percentileMs(99), 1.5,
                "×");
    }

    /** Turns the burst's CPU cost per sign-in into what a nation sees when a whole contingent signs in at once. */
    private static void expectations(Report report, Result burst, Options o) {
        Latencies l = burst.series.get("sign-in");
        if (l == null || l.count() == 0) {
            return;
        }
        double cpuPerLogin = (double) (burst.cpuJvmMs + burst.cpuDbMs) / l.count();
        int cores = Runtime.getRuntime().availableProcessors();
        double perSecond = cores * 1000 / cpuPerLogin;
        report.expectations.add(String.format("One sign-in costs about **%.0f ms of CPU** (Argon2id, 19 MiB, 2 iterations,"
                        + " 1 lane, on purpose: it is what makes a stolen password database slow to crack). %d cores can"
                        + " therefore sign in at most about **%.0f learners per second**, whatever else the service does."
                        + " In the burst, %d sign-ins arrived in %.0f s (%.0f per second): the median learner waited"
                        + " %.1f s and the slowest %.1f s (p99 %.1f s).", cpuPerLogin, cores, perSecond, l.count(),
                o.burstSeconds, l.count() / o.burstSeconds, l.percentileMs(50) / 1000, l.percentileMs(100) / 1000,
                l.percentileMs(99) / 1000));
        report.expectations.add(String.format("At exam start, a nation whose learners all sign in within the same minute"
                        + " should expect sign-in to take up to about N / %.0f seconds for N learners arriving together on"
                        + " one instance of this size: 100 learners ≈ %.0f s, 500 ≈ %.0f s, 2,000 ≈ %.0f s. Once signed in,"
                        + " the session cookie is valid for 8 hours and no request pays this cost again. To open an exam"
                        + " to thousands at once, let learners sign in ahead of the start time, stagger the start by unit,"
                        + " or run more instances (sign-in scales with cores).", perSecond, 100 / perSecond,
                500 / perSecond, 2000 / perSecond));
    }

    private static String mb(long[] rss) {
        return String.format("%,d MB JVM + %,d MB mariadbd = **%,d MB**", rss[0], rss[1], rss[0] + rss[1]);
    }

    static void log(String line) {
        System.out.printf("[bench %tT] %s%n", System.currentTimeMillis(), line);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
