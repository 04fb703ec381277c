package io.copydeck.compiler;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer of a `copydeck.lock` at a time, across processes and threads. The OS lock is taken on a
 * stable sidecar, `.copydeck/copydeck.lock.lck` beside the lock, never on the lock itself: the lock
 * is replaced by an atomic rename (see {@link AtomicFiles}), and a lock on the old file would not
 * stop a writer that opened the new one. The JVM allows one {@link FileLock} per file and process
 * (a second throws {@link OverlappingFileLockException}), so threads of one process queue on a
 * process-wide lock first. The sidecar is empty and stays: deleting it would let two writers lock
 * two different files.
 */
final class LockfileGuard implements AutoCloseable {
    /** How long to wait for another copydeck: approvals take milliseconds, a build's outputs seconds. */
    static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final long POLL_MILLIS = 20;
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock threads;
    private final FileChannel channel;
    private final FileLock lock;

    private LockfileGuard(ReentrantLock threads, FileChannel channel, FileLock lock) {
        this.threads = threads;
        this.channel = channel;
        this.lock = lock;
    }

    static Path sidecar(Path lockfile) {
        return lockfile.toAbsolutePath().getParent().resolve(".copydeck").resolve(lockfile.getFileName() + ".lck");
    }

    static LockfileGuard acquire(Path lockfile, Duration patience) throws IOException {
        Path sidecar = sidecar(lockfile);
        try {
            Files.createDirectories(sidecar.getParent());
        } catch (IOException e) {
            throw new LockfileException("cannot create " + sidecar.getParent() + " to lock " + lockfile + ": " + e, e);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(sidecar, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new LockfileException("cannot open " + sidecar + " to lock " + lockfile + ": " + e, e);
        }
        ReentrantLock threads;
        try {
            // Keyed by the real path, so two spellings of one folder share one lock.
            threads = IN_PROCESS.computeIfAbsent(sidecar.toRealPath(), k -> new ReentrantLock());
        } catch (IOException e) {
            release(null, channel);
            throw new LockfileException("cannot lock " + lockfile + " (through " + sidecar + "): " + e, e);
        }
        if (threads.isHeldByCurrentThread()) {
            release(null, channel);
            throw new IllegalStateException(lockfile + " is already held by this thread");
        }
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            if (!threads.tryLock(patience.toNanos(), TimeUnit.NANOSECONDS)) throw busy(lockfile, sidecar);
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) return new LockfileGuard(threads, channel, lock);
                if (System.nanoTime() > deadline) throw busy(lockfile, sidecar);
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(threads, channel);
            throw new LockfileException("interrupted while waiting to lock " + lockfile, e);
        } catch (LockfileException e) {
            release(threads, channel);
            throw e;
        } catch (IOException e) {
            release(threads, channel);
            throw new LockfileException("cannot lock " + lockfile + " (through " + sidecar + "): " + e, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Another thread of this process holds it through a path the real-path key missed.
            return null;
        }
    }

    private static LockfileException busy(Path lockfile, Path sidecar) {
        return new LockfileException(lockfile + " is being changed by another copydeck, which holds " + sidecar
                + "; try again when it has finished");
    }

    private static void release(ReentrantLock threads, FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing releases the OS lock; a channel that fails to close has nothing left to release.
        }
        if (threads != null && threads.isHeldByCurrentThread()) threads.unlock();
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // The channel's close below releases it as well.
        }
        release(threads, channel);
    }
}
