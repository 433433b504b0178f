package org.cthb.bench;

import java.util.Arrays;

/** Response times of one kind of request, safe to add to from many threads. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int size;
    private int errors;
    private String lastError;

    synchronized void add(long elapsedNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
    }

    synchronized void error(String what) {
        errors++;
        lastError = what;
    }

    synchronized int count() {
        return size;
    }

    synchronized int errors() {
        return errors;
    }

    synchronized String lastError() {
        return lastError;
    }

    /** The p-th percentile in milliseconds, nearest rank. */
    synchronized double percentileMs(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    synchronized double meanMs() {
        if (size == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += nanos[i];
        }
        return sum / size / 1e6;
    }
}
