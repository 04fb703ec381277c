package io.copydeck.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Times one piece of work the way a noisy, shared machine allows: warm the JIT up first, then
 * take the median of several runs, which one descheduled run cannot move much.
 */
final class Timing {
    /** Where results go so that the JIT cannot drop the work that made them. */
    static volatile Object sink;

    private Timing() {}

    /** Median seconds of {@code runs} runs, after warming up for at least {@code warmupSeconds}. */
    static double medianSeconds(Supplier<?> work, double warmupSeconds, int runs) {
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int warmups = 0;
        while (warmups < 3 || System.nanoTime() < warmupEnd) {
            sink = work.get();
            warmups++;
        }
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink = work.get();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds[runs / 2];
    }
}
