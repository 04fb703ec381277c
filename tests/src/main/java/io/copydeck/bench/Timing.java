package io.copydeck.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Times one piece of work the way a noisy, shared machine allows: warm the JIT up first, then
 * take several runs, whose median one descheduled run cannot move much. Besides wall
 * time it takes the thread's CPU time plus the garbage collector's time, the cost on one core:
 * it does not count the time other processes held the core, so it is the steadier figure when
 * the machine is busy. (Run with -XX:+UseSerialGC, so that collection time is one core's time.)
 */
final class Timing {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Where results go so that the JIT cannot drop the work that made them. */
    static volatile Object sink;

    /**
     * Seconds of one run: the median by the wall clock, and the mean on one core (this thread's
     * CPU time plus GC). A mean, because a collection lands in one run in several and a median
     * would leave it out; CPU time is not inflated by other processes, so the mean is safe.
     */
    record Result(double wallSeconds, double oneCoreSeconds) {}

    private Timing() {}

    static Result measure(Supplier<?> work, double warmupSeconds, int runs) {
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int warmups = 0;
        while (warmups < 3 || System.nanoTime() < warmupEnd) {
            sink = work.get();
            warmups++;
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long gcStart = gcMillis();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink = work.get();
            wall[i] = (System.nanoTime() - start) / 1e9;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9 + (gcMillis() - gcStart) / 1e3;
        }
        Arrays.sort(wall);
        return new Result(wall[runs / 2], Arrays.stream(cpu).average().orElseThrow());
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }
}
