package io.copydeck.compiler;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * `copydeck.lock` beside the spec: the copy an editor approved, by asset id. Builds keep approved
 * text even when prompts, templates or the model change, until the approval is removed. It also
 * holds each regenerated channel's take number (see {@link Takes}), so that the regenerated text is
 * what every later build, on any machine, writes again. The file is JSON with sorted keys, so that
 * it diffs well under version control.
 */
public final class Lockfile {
    public static final String NAME = "copydeck.lock";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** An approved asset: its field texts, the hash of the prompts they answered, and when. */
    public record Approval(Map<String, String> fields, String prompts, String approvedAt) {}

    /** The lock file as it is on disk; {@code takes} is left out while no channel was regenerated. */
    public record Content(int version, Map<String, Approval> approved,
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

    /** An absent file is an empty lock; a damaged one is an error that says so, never silently dropped. */
    public static Lockfile read(Path file) throws IOException {
        if (!Files.exists(file)) return new Lockfile(Map.of(), Map.of());
        try {
            Content c = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), Content.class);
            return new Lockfile(c.approved() == null ? Map.of() : c.approved(), c.takes() == null ? Map.of() : c.takes());
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not a valid lock file (" + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + "); fix it or restore it from version control", e);
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

    public void write(Path file) throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsBytes(new Content(1, approved, takes)));
    }
}
