package io.copydeck.support.serve;

import io.copydeck.support.Answerer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.Consumer;

/**
 * One spec the server answers from, reloaded when its file changes: the last good {@link Answerer},
 * and why the file as it is now is not used when it has errors (the last good one keeps answering).
 * {@link #poll} is called from one thread; {@link #answerer} from any.
 */
public final class LiveSpec {
    /** Reads a spec into an answerer; throws {@link Refused} with the reason when the spec has errors. */
    @FunctionalInterface
    public interface Loader {
        Answerer load(Path file) throws Refused;
    }

    /** A spec that cannot be answered from, and why, in one line for the log and /health. */
    public static final class Refused extends Exception {
        public Refused(String why) {
            super(why, null, false, false);
        }
    }

    private final Path file;
    private final Loader loader;
    private final Consumer<String> log;
    private volatile Answerer answerer;
    private volatile String problem;
    private FileTime seen;
    private long seenSize = -1;

    private LiveSpec(Path file, Loader loader, Consumer<String> log, Answerer first) {
        this.file = file;
        this.loader = loader;
        this.log = log;
        this.answerer = first;
        stamp();
    }

    /** The spec as it is now; a spec with errors at start is refused (serve says why and does not start). */
    public static LiveSpec load(Path file, Loader loader, Consumer<String> log) throws Refused {
        return new LiveSpec(file, loader, log, loader.load(file));
    }

    public Path file() {
        return file;
    }

    public String campaign() {
        return answerer.catalogue().campaign();
    }

    public Answerer answerer() {
        return answerer;
    }

    /** Why the file's current text is not served (null when it is). */
    public String problem() {
        return problem;
    }

    /** Reloads the spec when its file's time or size changed; a spec with errors keeps the last good one. */
    public void poll() {
        FileTime now;
        long size;
        try {
            now = Files.getLastModifiedTime(file);
            size = Files.size(file);
        } catch (IOException e) {
            if (problem == null) log.accept(file + ": cannot read it (" + e.getMessage() + "); keeping the last good version");
            problem = "cannot read the file";
            return;
        }
        if (now.equals(seen) && size == seenSize) return;
        seen = now;
        seenSize = size;
        try {
            Answerer fresh = loader.load(file);
            answerer = fresh;
            problem = null;
            log.accept(file + ": reloaded (" + fresh.catalogue().facts().size() + " facts)");
        } catch (Refused e) {
            problem = e.getMessage();
            log.accept(file + ": not reloaded, keeping the last good version: " + e.getMessage());
        }
    }

    private void stamp() {
        try {
            seen = Files.getLastModifiedTime(file);
            seenSize = Files.size(file);
        } catch (IOException e) {
            seen = null;
        }
    }
}
