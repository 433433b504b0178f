package org.cthb.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one scenario measured, and how it compares with its target. */
final class Result {

    enum Verdict { PASS, MISS, INFO }

    final String name;
    final String description;
    final Map<String, Latencies> series = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    final List<String> targets = new ArrayList<>();
    List<String> profile = List.of();
    double wallSeconds;
    long requests;
    long cpuJvmMs;
    long cpuDbMs;
    Verdict verdict = Verdict.INFO;

    Result(String name, String description) {
        this.name = name;
        this.description = description;
    }

    Latencies series(String label) {
        return series.computeIfAbsent(label, k -> new Latencies());
    }

    double throughput() {
        return wallSeconds == 0 ? 0 : requests / wallSeconds;
    }

    /**
     * Records a target "measured ≤ limit" and folds it into the verdict: one miss makes the scenario a MISS.
     */
    void target(String what, double measured, double limit, String unit) {
        boolean pass = measured <= limit;
        String by = pass ? String.format("%.0f%% under", 100 * (limit - measured) / limit)
                : String.format("%.1f× the target, %.1f %s over", measured / limit, measured - limit, unit);
        targets.add(String.format("%s: %.2f %s, target ≤ %.1f %s: **%s** (%s)", what, measured, unit, limit, unit,
                pass ? "PASS" : "MISS", by));
        if (!pass) {
            verdict = Verdict.MISS;
        } else if (verdict == Verdict.INFO) {
            verdict = Verdict.PASS;
        }
    }

    /** Records a target "measured ≥ limit" (a throughput), folded into the verdict like {@link #target}. */
    void targetAtLeast(String what, double measured, double limit, String unit) {
        boolean pass = measured >= limit;
        String by = pass ? String.format("%.0f%% over", 100 * (measured - limit) / limit)
                : String.format("%.2f× the target", measured / limit);
        targets.add(String.format("%s: %,.0f %s, target ≥ %,.0f %s: **%s** (%s)", what, measured, unit, limit, unit,
                pass ? "PASS" : "MISS", by));
        if (!pass) {
            verdict = Verdict.MISS;
        } else if (verdict == Verdict.INFO) {
            verdict = Verdict.PASS;
        }
    }

    /** Measures a scenario: wall time, CPU of both processes, and a JFR profile, around {@code body}. */
    static Result measure(Service service, Profiler profiler, Result result, Body body) throws Exception {
        profiler.start(result.name);
        long[] before = service.cpu();
        long start = System.nanoTime();
        body.run(result);
        result.wallSeconds = (System.nanoTime() - start) / 1e9;
        long[] after = service.cpu();
        result.cpuJvmMs = after[0] - before[0];
        result.cpuDbMs = after[1] - before[1];
        if (result.requests == 0) {
            result.requests = result.series.values().stream().mapToLong(Latencies::count).sum();
        }
        result.profile = profiler.stop(result.name);
        return result;
    }

    interface Body {
        void run(Result result) throws Exception;
    }
}
