package io.copydeck.templates;

import java.lang.management.ManagementFactory;

/**
 * The bytes one thread allocated since it started being metered: the JVM's per-thread count
 * (HotSpot's `com.sun.management.ThreadMXBean`). The count is cumulative, so it bounds what a
 * render can build up (a string doubled in a loop) even before the garbage collector runs;
 * where the JVM has no such count, {@link #allocated()} stays 0 and only the other bounds hold.
 */
final class AllocationMeter {
    private static final com.sun.management.ThreadMXBean THREADS =
            ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                    && t.isThreadAllocatedMemorySupported() ? t : null;

    private final long threadId;
    private final long start;

    private AllocationMeter(long threadId) {
        this.threadId = threadId;
        this.start = count(threadId);
    }

    static AllocationMeter ofCurrentThread() {
        if (THREADS != null && !THREADS.isThreadAllocatedMemoryEnabled()) THREADS.setThreadAllocatedMemoryEnabled(true);
        return new AllocationMeter(Thread.currentThread().getId());
    }

    long allocated() {
        long now = count(threadId);
        return now < 0 || start < 0 ? 0 : now - start;
    }

    private static long count(long threadId) {
        return THREADS == null ? -1 : THREADS.getThreadAllocatedBytes(threadId);
    }
}
