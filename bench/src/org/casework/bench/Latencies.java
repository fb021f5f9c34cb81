package org.casework.bench;

import java.util.Arrays;
import java.util.List;

/** Latencies of one operation, recorded per thread without locking and merged at the end. */
final class Latencies {

    private long[] nanos = new long[1 << 14];
    private int size;

    void add(long durationNanos) {
        if (size == nanos.length) nanos = Arrays.copyOf(nanos, size * 2);
        nanos[size++] = durationNanos;
    }

    static Latencies merge(List<Latencies> parts) {
        var all = new Latencies();
        for (var part : parts) {
            for (int i = 0; i < part.size; i++) all.add(part.nanos[i]);
        }
        return all;
    }

    int count() {
        return size;
    }

    /** Nearest-rank percentile in milliseconds. */
    double percentileMs(double p) {
        if (size == 0) return Double.NaN;
        var sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = Math.max(1, Math.min(size, (int) Math.ceil(p / 100.0 * size)));
        return sorted[rank - 1] / 1_000_000.0;
    }
}
