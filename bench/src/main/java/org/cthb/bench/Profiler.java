package org.cthb.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A JDK Flight Recorder recording of the service per scenario, and what it spent its CPU samples on. */
final class Profiler {

    private final long pid;
    private final Path dir;
    private final String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();

    Profiler(long pid, Path dir) {
        this.pid = pid;
        this.dir = dir;
    }

    void start(String title) {
        String name = fileName(title);
        Proc.run(List.of(jcmd, String.valueOf(pid), "JFR.start", "name=" + name, "settings=profile"));
    }

    /** Stops the recording and summarises it; an empty list when JFR was not available. */
    List<String> stop(String title) {
        String name = fileName(title);
        Path file = dir.resolve(name + ".jfr");
        Proc.run(List.of(jcmd, String.valueOf(pid), "JFR.stop", "name=" + name, "filename=" + file));
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return summarise(file);
        } catch (IOException e) {
            return List.of("(recording " + file + " could not be read: " + e.getMessage() + ")");
        }
    }

    private static String fileName(String title) {
        return title.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase();
    }

    static List<String> summarise(Path file) throws IOException {
        Map<String, Integer> leaf = new HashMap<>();
        Map<String, Integer> app = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        int samples = 0;
        Duration gc = Duration.ZERO;
        int gcs = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                gc = gc.plus(e.getDuration("sumOfPauses"));
                gcs++;
                continue;
            }
            if (!type.equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            String top = method(frames.get(0));
            leaf.merge(top, 1, Integer::sum);
            packages.merge(area(frames), 1, Integer::sum);
            frames.stream().filter(f -> f.getMethod().getType().getName().startsWith("org.cthb."))
                    .findFirst().ifPresent(f -> app.merge(method(f), 1, Integer::sum));
        }
        List<String> lines = new ArrayList<>();
        lines.add(samples + " CPU samples; " + gcs + " GCs, " + gc.toMillis() + " ms of GC pauses");
        lines.add("By area (library of the innermost frame that is not the JDK): " + top(packages, 8, samples));
        lines.add("Hottest methods: " + top(leaf, 8, samples));
        lines.add("Service code on the stack: " + top(app, 8, samples));
        return lines;
    }

    private static String method(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
    }

    /** Groups a sample by the first non-JDK library on its stack, so "java.util.HashMap" in Jackson counts as Jackson. */
    private static String area(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")) {
                continue;
            }
            String[] parts = type.split("\\.");
            return String.join(".", java.util.Arrays.copyOf(parts, Math.min(3, parts.length - 1)));
        }
        return "JDK only";
    }

    private static String top(Map<String, Integer> counts, int n, int samples) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(n).map(e -> String.format("`%s` %d%%", e.getKey(), Math.round(100.0 * e.getValue() / Math.max(1, samples))))
                .reduce((a, b) -> a + ", " + b).orElse("none");
    }
}
