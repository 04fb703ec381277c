package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
}
