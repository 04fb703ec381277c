package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged cache entry is a miss, whatever it holds: the build regenerates it instead of crashing. */
class GenerationCacheTest {
    @TempDir
    Path dir;

    @Test
    void anEntryThatIsNullEmptyOrWithoutItsTextIsAMissAndAPutMendsIt() throws Exception {
        GenerationCache cache = new GenerationCache(dir);
        RawCompletion good = new RawCompletion("Fresh copy.", -3.0, 4, true);
        for (String damaged : List.of("{}", "null", "[]", "{\"text\": null}", "{\"text\": 7, \"tokens\": \"x\"}", "")) {
            String key = Integer.toHexString(damaged.hashCode()) + "00";
            Path file = dir.resolve(key.substring(0, 2)).resolve(key + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, damaged);
            assertTrue(cache.get(key).isEmpty(), "a miss: " + damaged);
            cache.put(key, good);
            assertEquals(good, cache.get(key).orElseThrow(), "the regenerated entry replaces " + damaged);
        }
    }
}
