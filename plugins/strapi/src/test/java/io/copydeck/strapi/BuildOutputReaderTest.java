package io.copydeck.strapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.compiler.output.BuildOutput;
import io.copydeck.compiler.output.BuildOutputReader;
import io.copydeck.compiler.output.BuiltAsset;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shared reader (io.copydeck.compiler.output, tested there against OutputWriter) reads the hand-written
 * fixture the publisher tests use: what they publish is what the reader gives.
 */
class BuildOutputReaderTest {
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
}
