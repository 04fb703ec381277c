package io.copydeck.templates;

import freemarker.core.CopydeckBounds;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.MalformedTemplateNameException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.TemplateScalarModel;
import io.copydeck.dsl.diag.Code;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Renders named templates in the {@link Sandbox}, bounded in output size and time. Every
 * failure becomes a {@link TemplateFailure} that names the template file and line.
 */
public final class TemplateEngine implements AutoCloseable {
    public static final int DEFAULT_MAX_CHARS = 256 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /**
     * What one render may allocate in all, garbage included. A built-in prompt or layout allocates
     * well under 2 MB; the bound stops a template that builds up strings (`s + s` in a loop) long
     * before it holds gigabytes. Checked every {@link #WATCH_MILLIS} ms, like the time bound.
     */
    public static final long DEFAULT_MAX_ALLOCATED_BYTES = 64L * 1024 * 1024;
    private static final long WATCH_MILLIS = 2;

    /** What a template produced: its text and the stop sequences it declared (`<#assign stop = [...]>`). */
    public record Rendered(String text, List<String> stop) {}

    private final Configuration cfg;
    private final Path userRoot;
    private final int maxChars;
    private final Duration timeout;
    private final long maxAllocatedBytes;
    private ExecutorService worker = newWorker();

    public TemplateEngine(Path userRoot) throws IOException {
        this(userRoot, DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT);
    }

    public TemplateEngine(Path userRoot, int maxChars, Duration timeout) throws IOException {
        this(userRoot, maxChars, timeout, DEFAULT_MAX_ALLOCATED_BYTES);
    }

    public TemplateEngine(Path userRoot, int maxChars, Duration timeout, long maxAllocatedBytes) throws IOException {
        this.cfg = Sandbox.configuration(userRoot);
        this.userRoot = userRoot;
        this.maxChars = maxChars;
        this.timeout = timeout;
        this.maxAllocatedBytes = maxAllocatedBytes;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "copydeck-template");
            t.setDaemon(true);
            return t;
        });
    }

    /** The spec's folder, where user templates are looked up; null when there is none. */
    public Path userRoot() {
        return userRoot;
    }

    /**
     * True when a template of this name is in a root (the spec's folder or the built-ins). A name
     * the loader refuses (a symlink out of the folder: a SecurityException) is not there.
     */
    public boolean exists(String name) {
        try {
            Object source = cfg.getTemplateLoader().findTemplateSource(name);
            if (source == null) return false;
            cfg.getTemplateLoader().closeTemplateSource(source);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The file behind a template name, for messages: the user's file, or `builtin/...`. */
    public Path fileOf(String name) {
        if (userRoot != null && !name.startsWith(Sandbox.BUILTIN_PREFIX) && Files.exists(userRoot.resolve(name))) {
            return userRoot.resolve(name);
        }
        return Path.of(name);
    }

    /** SHA-256 of a template's source text, for provenance: a changed template changes the hash. */
    public String checksum(String name) throws TemplateFailure {
        try {
            Object source = cfg.getTemplateLoader().findTemplateSource(name);
            if (source == null) throw notFound(name);
            try (Reader r = cfg.getTemplateLoader().getReader(source, "UTF-8")) {
                StringBuilder text = new StringBuilder();
                char[] buf = new char[8192];
                for (int n; (n = r.read(buf)) > 0; ) text.append(buf, 0, n);
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
            } finally {
                cfg.getTemplateLoader().closeTemplateSource(source);
            }
        } catch (IOException | NoSuchAlgorithmException | SecurityException e) {
            throw new TemplateFailure(Code.E501, "cannot read template " + name + ": " + e.getMessage(), name, 1, 1);
        }
    }

    public Rendered render(String name, Map<String, Object> data) throws TemplateFailure {
        Template template = load(name);
        AtomicReference<AllocationMeter> meter = new AtomicReference<>();
        Future<Rendered> result = worker.submit(() -> {
            meter.set(AllocationMeter.ofCurrentThread());
            return process(template, data);
        });
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                try {
                    return result.get(WATCH_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    AllocationMeter m = meter.get();
                    if (m != null && m.allocated() > maxAllocatedBytes) {
                        stop(result);
                        throw new TemplateFailure(Code.E504, "template " + name + " used more than "
                                + maxAllocatedBytes / (1024 * 1024) + " MB of memory and was stopped; look for a loop"
                                + " that builds up a string or a list, or one that does not end", name, 1, 1);
                    }
                    if (System.nanoTime() - deadline > 0) {
                        stop(result);
                        throw new TemplateFailure(Code.E504, "template " + name + " ran longer than "
                                + timeout.toSeconds() + " s and was stopped; look for a loop that does not end", name, 1, 1);
                    }
                }
            }
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new TemplateFailure(Code.E504, "rendering " + name + " was interrupted", name, 1, 1);
        } catch (ExecutionException e) {
            throw translate(name, e.getCause());
        }
    }

    /** Interrupts a runaway render; should the interruption checks not end it, later renders get a fresh thread. */
    private void stop(Future<Rendered> result) {
        result.cancel(true);
        worker.shutdownNow();
        worker = newWorker();
    }

    private Template load(String name) throws TemplateFailure {
        try {
            return cfg.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw notFound(name);
        } catch (MalformedTemplateNameException e) {
            throw new TemplateFailure(Code.E501, "template name \"" + name + "\" is not allowed: " + e.getMalformednessDescription(),
                    name, 1, 1);
        } catch (ParseException e) {
            throw new TemplateFailure(Code.E502, "template syntax error: " + firstLines(e.getEditorMessage()),
                    e.getTemplateName() != null ? e.getTemplateName() : name, e.getLineNumber(), e.getColumnNumber());
        } catch (IOException e) {
            throw new TemplateFailure(Code.E501, "cannot read template " + name + ": " + e.getMessage(), name, 1, 1);
        } catch (SecurityException e) {
            throw new TemplateFailure(Code.E505, "template " + name + " is refused: it leads out of the template folders ("
                    + e.getMessage() + ")", name, 1, 1);
        }
    }

    private TemplateFailure notFound(String name) {
        String where = userRoot == null ? "the built-in templates" : userRoot + " or the built-in templates";
        return new TemplateFailure(Code.E501, "template " + name + " not found in " + where, name, 1, 1);
    }

    private Rendered process(Template template, Map<String, Object> data) throws Exception {
        BoundedWriter out = new BoundedWriter(maxChars);
        Environment env = template.createProcessingEnvironment(data, out);
        env.setCustomAttribute(CopydeckBounds.MAX_CHARS, maxChars);
        env.process();
        return new Rendered(out.toString(), stopSequences(env.getMainNamespace().get("stop")));
    }

    private static List<String> stopSequences(TemplateModel model) throws TemplateModelException {
        List<String> stop = new ArrayList<>();
        if (model instanceof TemplateScalarModel s) {
            stop.add(s.getAsString());
        } else if (model instanceof TemplateSequenceModel seq) {
            for (int i = 0; i < seq.size(); i++) {
                if (seq.get(i) instanceof TemplateScalarModel s) stop.add(s.getAsString());
            }
        }
        return List.copyOf(stop);
    }

    private static TemplateFailure translate(String name, Throwable cause) {
        BoundedWriter.LimitExceeded limit = causeOfType(cause, BoundedWriter.LimitExceeded.class);
        if (limit != null) {
            return new TemplateFailure(Code.E504, "template " + name + " stopped: " + limit.getMessage(), name, 1, 1);
        }
        if (causeOfType(cause, OutOfMemoryError.class) != null) {
            return new TemplateFailure(Code.E504, "template " + name + " ran out of memory and was stopped; look for"
                    + " a loop that builds up a string or a list", name, 1, 1);
        }
        CopydeckBounds.OverBound wide = causeOfType(cause, CopydeckBounds.OverBound.class);
        if (wide != null && cause instanceof TemplateException te) {
            return new TemplateFailure(Code.E504, "template " + name + " stopped: " + wide.getMessage(),
                    te.getTemplateSourceName() != null ? te.getTemplateSourceName() : name,
                    te.getLineNumber() == null ? 1 : te.getLineNumber(), te.getColumnNumber() == null ? 1 : te.getColumnNumber());
        }
        if (cause instanceof TemplateException te) {
            String source = te.getTemplateSourceName() != null ? te.getTemplateSourceName() : name;
            if (isInterruption(te)) {
                return new TemplateFailure(Code.E504, "template " + name + " was stopped: it ran too long", source, 1, 1);
            }
            Integer line = te.getLineNumber();
            Integer column = te.getColumnNumber();
            return new TemplateFailure(Code.E503, firstLines(te.getMessageWithoutStackTop()), source,
                    line == null ? 1 : line, column == null ? 1 : column);
        }
        if (cause instanceof ParseException pe) {
            return new TemplateFailure(Code.E502, "template syntax error: " + firstLines(pe.getEditorMessage()),
                    pe.getTemplateName() != null ? pe.getTemplateName() : name, pe.getLineNumber(),
                    pe.getColumnNumber());
        }
        if (cause != null && cause.getClass().getName().contains("ThreadInterrupted")) {
            return new TemplateFailure(Code.E504, "template " + name + " was stopped: it ran too long", name, 1, 1);
        }
        return new TemplateFailure(Code.E503, "template " + name + " failed: " + cause, name, 1, 1);
    }

    private static <T extends Throwable> T causeOfType(Throwable t, Class<T> type) {
        for (; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }

    private static boolean isInterruption(Throwable t) {
        for (; t != null; t = t.getCause()) {
            if (t.getClass().getName().contains("ThreadInterrupted") || t instanceof InterruptedException) return true;
        }
        return false;
    }

    /** FreeMarker's messages carry tips and stack boxes; a strategist needs the first sentence or two. */
    static String firstLines(String message) {
        if (message == null) return "unknown template error";
        String text = message;
        int box = text.indexOf("\n----");
        if (box >= 0) text = text.substring(0, box);
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
