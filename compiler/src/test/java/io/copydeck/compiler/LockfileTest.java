package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

class LockfileTest {
    @TempDir
    Path dir;

    @Test
    void approvalsRoundTripSortedAndRemovable() throws Exception {
        Path file = dir.resolve(Lockfile.NAME);
        Lockfile lock = Lockfile.read(file)
                .with("c/sms/a/p/v1", new Lockfile.Approval(Map.of("text", "Hi"), "abc", "2027-01-01T00:00:00Z"))
                .with("c/email/a/p/v1", new Lockfile.Approval(Map.of("subject", "S"), "def", "2027-01-01T00:00:00Z"));
        lock.write(file);
        String text = Files.readString(file);
        assertTrue(text.indexOf("c/email") < text.indexOf("c/sms"), "sorted: diffs stay small");
        Lockfile back = Lockfile.read(file);
        assertEquals("Hi", back.get("c/sms/a/p/v1").orElseThrow().fields().get("text"));
        assertTrue(back.without("c/sms/a/p/v1").get("c/sms/a/p/v1").isEmpty());
    }

    @Test
    void takesRoundTripBesideApprovalsAndStayOutOfTheFileUntilAChannelIsRegenerated() throws Exception {
        Path file = dir.resolve(Lockfile.NAME);
        Lockfile approved = Lockfile.read(file)
                .with("c/sms/a/p/v1", new Lockfile.Approval(Map.of("text", "Hi"), "abc", "2027-01-01T00:00:00Z"));
        approved.write(file);
        assertFalse(Files.readString(file).contains("takes"), "a lock without regenerated channels reads as before");
        approved.withTake("email.welcome", 2).without("c/sms/a/p/v1").write(file);
        Lockfile back = Lockfile.read(file);
        assertEquals(2, back.take("email.welcome"));
        assertEquals(0, back.take("sms"));
        assertTrue(back.get("c/sms/a/p/v1").isEmpty(), "approvals and takes change independently");
    }

    @Test
    void aDamagedLockIsAClearErrorNotSilentlyEmpty() throws Exception {
        Path file = dir.resolve(Lockfile.NAME);
        Files.writeString(file, "{ \"version\": 1, \"approved\": { oops");
        IOException e = assertThrows(IOException.class, () -> Lockfile.read(file));
        assertTrue(e.getMessage().contains("not a valid lock file"), e.getMessage());
    }

    /** Each way a lock is found damaged: named with its file and fix, and left byte for byte as it was. */
    static Stream<Arguments> damage() {
        byte[] approved = """
                { "version": 1, "approved": { "c/sms/a/p/v1": { "fields": { "text": "Hi" }, "prompts": "abc",
                  "approvedAt": "2027-01-01T00:00:00Z" } } }""".getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("truncated", Arrays.copyOf(approved, approved.length / 2), "not a valid lock file"),
                Arguments.of("empty", new byte[0], "not a valid lock file"),
                Arguments.of("garbage", "<<<<<<< HEAD\n{}".getBytes(StandardCharsets.UTF_8), "not a valid lock file"),
                Arguments.of("trailing garbage", (new String(approved, StandardCharsets.UTF_8) + " }x")
                        .getBytes(StandardCharsets.UTF_8), "not a valid lock file"),
                Arguments.of("null", "null".getBytes(StandardCharsets.UTF_8), "holds `null`"),
                Arguments.of("an array", "[]".getBytes(StandardCharsets.UTF_8), "not a valid lock file"),
                Arguments.of("not UTF-8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, "not UTF-8"),
                Arguments.of("version 99", "{\"version\": 99, \"approved\": {}}".getBytes(StandardCharsets.UTF_8),
                        "has version 99, but this copydeck reads version 1"),
                Arguments.of("no version", "{\"approved\": {}}".getBytes(StandardCharsets.UTF_8), "has no \"version\""),
                Arguments.of("a null approval", "{\"version\": 1, \"approved\": {\"x\": null}}"
                        .getBytes(StandardCharsets.UTF_8), "the approval of x lacks"),
                Arguments.of("a negative take", "{\"version\": 1, \"approved\": {}, \"takes\": {\"sms\": -1}}"
                        .getBytes(StandardCharsets.UTF_8), "the take of sms is -1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damage")
    void aDamagedLockNamesItsFileAndTheFixAndIsNeverOverwritten(String damage, byte[] content, String says)
            throws Exception {
        Path file = dir.resolve(Lockfile.NAME);
        Files.write(file, content);
        LockfileException read = assertThrows(LockfileException.class, () -> Lockfile.read(file));
        assertTrue(read.getMessage().startsWith(file.toString()), read.getMessage());
        assertTrue(read.getMessage().contains(says), read.getMessage());
        assertTrue(read.getMessage().contains("version control"), "says how to fix it: " + read.getMessage());
        LockfileException update = assertThrows(LockfileException.class, () -> Lockfile.update(file,
                lock -> lock.with("c/sms/a/p/v2", new Lockfile.Approval(Map.of("text", "Yo"), "d", "now"))));
        assertEquals(read.getMessage(), update.getMessage());
        assertArrayEquals(content, Files.readAllBytes(file), "left as it was");
    }

    @Test
    void aFolderWhereTheLockShouldBeIsAnErrorAndStaysAFolder() throws Exception {
        Path file = Files.createDirectory(dir.resolve(Lockfile.NAME));
        LockfileException e = assertThrows(LockfileException.class, () -> Lockfile.read(file));
        assertTrue(e.getMessage().startsWith(file + " is a folder, not a lock file; move it"), e.getMessage());
        assertThrows(LockfileException.class, () -> Lockfile.update(file, lock -> lock.withTake("sms", 1)));
        assertTrue(Files.isDirectory(file));
    }

    @Test
    void concurrentUpdatesFromManyThreadsAreAllKept() throws Exception {
        Path file = dir.resolve(Lockfile.NAME);
        int n = 32;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Lockfile>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = "c/sms/a/p/v" + i;
                done.add(pool.submit(() -> Lockfile.update(file,
                        lock -> lock.with(id, new Lockfile.Approval(Map.of("text", id), "h", "now")))));
            }
            for (Future<Lockfile> f : done) f.get();
        } finally {
            pool.shutdownNow();
        }
        assertEquals(n, Lockfile.read(file).all().size(), "no update is lost");
    }

    @Test
    void anUpdateMergesIntoWhatIsOnDiskNotIntoWhatWasReadBefore() throws Exception {
        Path file = dir.resolve(Lockfile.NAME);
        Lockfile.update(file, lock -> lock.withTake("sms", 3));
        Lockfile stale = Lockfile.read(file);
        Lockfile.update(file, lock -> lock.with("c/sms/a/p/v1", new Lockfile.Approval(Map.of("text", "Hi"), "h", "now")));
        Lockfile.update(file, lock -> lock.withTake("email.welcome", 1));
        Lockfile back = Lockfile.read(file);
        assertTrue(stale.get("c/sms/a/p/v1").isEmpty());
        assertTrue(back.get("c/sms/a/p/v1").isPresent());
        assertEquals(3, back.take("sms"));
        assertEquals(1, back.take("email.welcome"));
    }

    @Test
    void theFileLockIsASidecarInTheCopydeckFolderAndStaysWhenReleased() throws Exception {
        Path file = dir.resolve(Lockfile.NAME);
        try (Lockfile.Held held = Lockfile.hold(file)) {
            held.write(held.current().withTake("sms", 1));
        }
        assertTrue(Files.isRegularFile(dir.resolve(".copydeck/copydeck.lock.lck")));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(".copydeck", Lockfile.NAME), files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "nothing else beside the spec");
        }
    }
}
