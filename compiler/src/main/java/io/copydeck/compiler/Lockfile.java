package io.copydeck.compiler;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * `copydeck.lock` beside the spec: the copy an editor approved, by asset id. Builds keep approved
 * text even when prompts, templates or the model change, until the approval is removed. It also
 * holds each regenerated channel's take number (see {@link Takes}), so that the regenerated text is
 * what every later build, on any machine, writes again. The file is JSON with sorted keys, so that
 * it diffs well under version control.
 */
public final class Lockfile {
    public static final String NAME = "copydeck.lock";
    /** The one layout of the file this copydeck reads and writes. */
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            // `{...} garbage` is damage, not a lock followed by something to ignore.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** An approved asset: its field texts, the hash of the prompts they answered, and when. */
    public record Approval(Map<String, String> fields, String prompts, String approvedAt) {}

    /**
     * The lock file as it is on disk; {@code takes} is left out while no channel was regenerated.
     * {@code version} is null when the file lacks it.
     */
    public record Content(Integer version, Map<String, Approval> approved,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Integer> takes) {}

    private final Map<String, Approval> approved;
    private final Map<String, Integer> takes;

    private Lockfile(Map<String, Approval> approved, Map<String, Integer> takes) {
        this.approved = new TreeMap<>(approved);
        this.takes = new TreeMap<>(takes);
    }

    public static Path beside(Path spec) {
        Path dir = spec.toAbsolutePath().getParent();
        return dir.resolve(NAME);
    }

    /**
     * The lock as it is on disk; an absent file is an empty lock. A damaged one (not UTF-8, not JSON,
     * `null`, a folder, a version this copydeck does not know) is a {@link LockfileException} that
     * names the file and the fix: never read as empty, since the next write would drop every approval.
     */
    public static Lockfile read(Path file) throws IOException {
        if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) return new Lockfile(Map.of(), Map.of());
        if (Files.isDirectory(file)) {
            throw new LockfileException(file + " is a folder, not a lock file; move it out of the way (copydeck keeps "
                    + "approvals and takes in a file of that name)");
        }
        if (!Files.isRegularFile(file)) {
            throw new LockfileException(file + " is not a regular file; replace it with the lock file from version control");
        }
        Content c;
        try {
            c = JSON.readValue(utf8(file), Content.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw damaged(file, e.getOriginalMessage().lines().findFirst().orElse("unreadable")
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()), e);
        }
        if (c == null) throw damaged(file, "it holds `null`, not an object with \"version\" and \"approved\"", null);
        if (c.version() == null || c.version() != VERSION) {
            throw new LockfileException(file + (c.version() == null ? " has no \"version\"" : " has version " + c.version())
                    + ", but this copydeck reads version " + VERSION + "; use the copydeck that wrote it, or restore "
                    + "the file from version control");
        }
        Map<String, Approval> approved = c.approved() == null ? Map.of() : c.approved();
        for (var e : approved.entrySet()) {
            Approval a = e.getValue();
            if (a == null || a.fields() == null || a.prompts() == null || a.fields().containsValue(null)) {
                throw damaged(file, "the approval of " + e.getKey() + " lacks its \"fields\" texts or \"prompts\" hash", null);
            }
        }
        Map<String, Integer> takes = c.takes() == null ? Map.of() : c.takes();
        for (var e : takes.entrySet()) {
            if (e.getValue() == null || e.getValue() < 0) {
                throw damaged(file, "the take of " + e.getKey() + " is " + e.getValue() + ", not a count from 0", null);
            }
        }
        return new Lockfile(approved, takes);
    }

    /** The file's text, refusing bytes that are not UTF-8 rather than reading them as something else. */
    private static String utf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw damaged(file, "it is not UTF-8 text", e);
        }
    }

    private static LockfileException damaged(Path file, String why, Throwable cause) {
        return new LockfileException(file + " is not a valid lock file: " + why + "; fix it, restore it from version "
                + "control, or delete it to drop every approval and take (copydeck leaves it as it is)", cause);
    }

    /**
     * Changes the lock on disk under {@link LockfileGuard}: read again inside the guard, so that the
     * change is merged into what other copydecks wrote meanwhile, never written over it.
     */
    public static Lockfile update(Path file, UnaryOperator<Lockfile> change) throws IOException {
        try (Held held = hold(file)) {
            Lockfile changed = change.apply(held.current());
            held.write(changed);
            return changed;
        }
    }

    /** Holds the lock for a longer read-modify-write (a build's outputs and takes); close to let others in. */
    public static Held hold(Path file) throws IOException {
        return new Held(file, LockfileGuard.acquire(file, LockfileGuard.PATIENCE));
    }

    /** The lock held: {@link #current} is what is on disk now, and no other copydeck changes it until {@link #close}. */
    public static final class Held implements AutoCloseable {
        private final Path file;
        private final LockfileGuard guard;

        private Held(Path file, LockfileGuard guard) {
            this.file = file;
            this.guard = guard;
        }

        public Lockfile current() throws IOException {
            return read(file);
        }

        public void write(Lockfile lock) throws IOException {
            lock.write(file);
        }

        @Override
        public void close() {
            guard.close();
        }
    }

    public Optional<Approval> get(String assetId) {
        return Optional.ofNullable(approved.get(assetId));
    }

    public Map<String, Approval> all() {
        return Collections.unmodifiableMap(approved);
    }

    public Lockfile with(String assetId, Approval approval) {
        Map<String, Approval> m = new LinkedHashMap<>(approved);
        m.put(assetId, approval);
        return new Lockfile(m, takes);
    }

    /** This lock with the given approvals added, replacing any of the same asset. */
    public Lockfile withApprovals(Map<String, Approval> more) {
        Map<String, Approval> m = new LinkedHashMap<>(approved);
        m.putAll(more);
        return new Lockfile(m, takes);
    }

    public Lockfile without(String assetId) {
        Map<String, Approval> m = new LinkedHashMap<>(approved);
        m.remove(assetId);
        return new Lockfile(m, takes);
    }

    /** How many times the channel (its id in job ids, e.g. `email.welcome`) was regenerated: 0 when never. */
    public int take(String channel) {
        return takes.getOrDefault(channel, 0);
    }

    public Lockfile withTake(String channel, int take) {
        Map<String, Integer> m = new LinkedHashMap<>(takes);
        m.put(channel, take);
        return new Lockfile(approved, m);
    }

    /** Unguarded: callers go through {@link #update} or {@link Held#write}. */
    void write(Path file) throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsBytes(new Content(VERSION, approved, takes)));
    }
}
