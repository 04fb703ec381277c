package io.copydeck.compiler;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Content-addressed completions: the key hashes everything that decides the text (prompt,
 * decoding settings, seed, banned phrases, stop sequences, model checksum), so a rebuild with
 * nothing changed asks the model nothing, and a changed channel misses only its own keys.
 * Entries are written atomically as they are made: an interrupted build resumes where it stopped.
 */
public final class GenerationCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    public GenerationCache(Path dir) {
        this.dir = dir;
    }

    public static String key(CompletionRequest r, String modelChecksum) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("prompt", r.prompt());
        k.put("decoding", r.decoding());
        k.put("seed", r.seed());
        k.put("banned", r.banned());
        k.put("stop", r.stop());
        k.put("model", modelChecksum);
        try {
            byte[] bytes = JSON.writeValueAsBytes(k);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    public Optional<RawCompletion> get(String key) {
        Path f = file(key);
        if (!Files.exists(f)) return Optional.empty();
        try {
            RawCompletion c = JSON.readValue(Files.readString(f, StandardCharsets.UTF_8), RawCompletion.class);
            // `null`, `{}` or an entry without its text is as damaged as one that does not parse.
            return c == null || c.text() == null ? Optional.empty() : Optional.of(c);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged entry is regenerated, not trusted
        }
    }

    public void put(String key, RawCompletion completion) throws IOException {
        AtomicFiles.write(file(key), JSON.writeValueAsBytes(completion));
    }
}
