package io.copydeck.strapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publisher reads exactly the files docs/outputs.md describes. */
class BuildOutputReaderTest {
    @TempDir
    Path tmp;

    @Test
    void readsTheSpringLaunchFixtureInManifestOrder() throws Exception {
        BuildOutput build = new BuildOutputReader().read(BuildFixture.original());
        assertEquals("spring_launch", build.campaign().id());
        assertEquals("Spring Launch 2027", build.campaign().title());
        assertEquals(68, build.assets().size());
        assertEquals("spring_launch/email.welcome/commuters/cold_brew/v1", build.assets().get(0).id());
        assertEquals(Set.of("email", "twitter", "sms", "google_ad"),
                build.assets().stream().map(BuiltAsset::kind).collect(Collectors.toSet()));
        BuiltAsset email = build.assets().get(0);
        assertTrue(email.approved());
        assertTrue(email.rendered().get("html").startsWith("<html>"));
        assertTrue(email.rendered().get("txt").startsWith("Subject: "));
        BuiltAsset failed = build.assets().stream().filter(a -> a.status().equals("failed")).findFirst().orElseThrow();
        assertTrue(failed.rendered().isEmpty());
        assertTrue(failed.error().contains("headline"));
        assertNull(build.assets().get(1).error());
    }

    @Test
    void aManifestCannotPointOutsideTheFolder() throws Exception {
        BuildFixture copy = BuildFixture.copy(tmp.resolve("b"), "c");
        Path manifest = copy.dir.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"file\": \"assets/[^\"]+\"",
                "\"file\": \"../../etc/passwd\""));
        BuildOutputException e = assertThrows(BuildOutputException.class, () -> new BuildOutputReader().read(copy.dir));
        assertTrue(e.getMessage().contains("not a file in"), e.getMessage());
    }

    @Test
    void aFolderWithoutManifestSaysWhatItExpected() {
        BuildOutputException e = assertThrows(BuildOutputException.class, () -> new BuildOutputReader().read(tmp));
        assertTrue(e.getMessage().contains("copydeck build"), e.getMessage());
    }
}
