package io.copydeck.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copydeck.compiler.ChannelPattern;
import io.copydeck.compiler.Lockfile;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `copydeck build --regenerate CHANNEL` with the real engine and the shipped model: the channel
 * gets fresh copy, every other file stays byte for byte, approved copy is kept, and the next plain
 * build writes the regenerated text again instead of going back to the old one.
 */
class RegenerateTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SPEC = """
            brand aurora {
              name: "Aurora Coffee"
              legal: "Aurora Coffee Inc., 1 Bean Street, Portland"
            }

            audience commuters {
              description: "People who grab coffee on the way to work"
            }

            product cold_brew {
              name: "Cold Brew"
              price: 3.49 USD
            }

            campaign spring_launch {
              title: "Spring Launch 2027"
              brand: aurora
              objective: launch

              positioning {
                for: commuters
                category: "ready-to-drink coffee"
                benefit: "smooth cold brew in a can"
              }

              channel email welcome {
                variants: 2
              }

              channel sms {
                must_include: "Reply STOP to opt out"
              }

              channel push {
              }
            }
            """;
    static final String APPROVED = "spring_launch/email.welcome/commuters/cold_brew/v1";
    static final String REGENERATED = "spring_launch/email.welcome/commuters/cold_brew/v2";

    @TempDir
    static Path dir;
    static Path spec;
    static Path model;
    static Path out;

    @BeforeAll
    static void setUp() throws Exception {
        spec = dir.resolve("spring-launch.campaign");
        Files.writeString(spec, SPEC);
        // The shipped model: a random one writes token salad that the facts rule rejects whole.
        model = Path.of(System.getProperty("copydeck.root", "..")).toAbsolutePath().normalize().resolve("models/default");
        out = dir.resolve("out");
    }

    static Cli.Run build(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("build", spec.toString(), "--model", model.toString(),
                "--device", "cpu", "--jobs", "2", "--candidates", "2", "--rounds", "1", "--out", out.toString(),
                "--keep-going"));
        args.addAll(List.of(extra));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.out() + run.err());
        return run;
    }

    @Test
    void aRegeneratedChannelGetsFreshCopyWhileEverythingElseStaysAndTheNextBuildKeepsIt() throws Exception {
        build();
        Cli.Run approve = Cli.run("approve", "--spec", spec.toString(), "--out", out.toString(), APPROVED);
        assertEquals(0, approve.exit(), approve.err());
        build();
        Map<String, String> before = hashes();
        JsonNode regeneratedBefore = asset(REGENERATED);
        Lockfile.Approval approval = Lockfile.read(Lockfile.beside(spec)).get(APPROVED).orElseThrow();

        Cli.Run regenerate = build("--regenerate", "email.welcome");
        assertTrue(regenerate.out().contains("regenerated email.welcome: take 1"), regenerate.out());
        Map<String, String> after = hashes();
        assertEquals(before.keySet(), after.keySet(), "the same files");
        before.forEach((file, hash) -> {
            boolean regeneratedFile = file.contains(REGENERATED.replace("/", "__")) || file.equals("index.html");
            if (!regeneratedFile) assertEquals(hash, after.get(file), file + " is untouched");
        });
        JsonNode regeneratedAfter = asset(REGENERATED);
        assertEquals("generated", regeneratedBefore.get("status").asText(), "the random model writes this one");
        assertEquals("generated", regeneratedAfter.get("status").asText());
        assertNotEquals(regeneratedBefore.get("fields"), regeneratedAfter.get("fields"), "fresh copy");
        assertNotEquals(regeneratedBefore.at("/provenance/seed"), regeneratedAfter.at("/provenance/seed"),
                "the seed that wrote it is on record");
        assertEquals("approved", asset(APPROVED).get("status").asText());
        Lockfile lock = Lockfile.read(Lockfile.beside(spec));
        assertEquals(approval, lock.get(APPROVED).orElseThrow(), "the approval is kept as it was");
        assertEquals(1, lock.take("email.welcome"));
        assertEquals(0, lock.take("sms"));

        Cli.Run plain = build();
        assertTrue(plain.out().contains(" 0 generated in 0 model calls"), "all from the cache: " + plain.out());
        assertEquals(after, hashes(), "a plain build writes the regenerated text again");

        Cli.Run again = build("--regenerate", "email.welcome");
        assertTrue(again.out().contains("regenerated email.welcome: take 2"), again.out());
        assertNotEquals(regeneratedAfter.get("fields"), asset(REGENERATED).get("fields"), "each take is new copy");
    }

    @Test
    void channelsAreNamedAsInJobIdsByGlobOrAsKindDotName() throws Exception {
        Plan plan = Interpreter.plan(Checker.check(spec).spec());
        assertEquals(Set.of("email.welcome"), ChannelPattern.matching(plan, "email.welcome"));
        assertEquals(Set.of("email.welcome"), ChannelPattern.matching(plan, "email.*"));
        assertEquals(Set.of("sms"), ChannelPattern.matching(plan, "sms.sms"), "the kind spelled out names the same channel");
        assertEquals(List.of("email.welcome", "sms", "push"), List.copyOf(ChannelPattern.all(plan)));
        assertTrue(ChannelPattern.matching(plan, "twitter").isEmpty());
    }

    @Test
    void aPatternThatNamesNoChannelIsAUsageErrorBeforeAnythingIsGenerated() {
        Cli.Run run = Cli.run("build", spec.toString(), "--model", model.toString(),
                "--out", dir.resolve("never").toString(), "--regenerate", "twitter*");
        assertEquals(io.copydeck.cli.Main.USAGE, run.exit());
        assertTrue(run.err().contains("no channel matches `twitter*`; the channels are email.welcome, sms, push"),
                run.err());
        assertFalse(Files.exists(dir.resolve("never")));
    }

    static JsonNode asset(String id) throws Exception {
        return JSON.readTree(out.resolve("assets").resolve(id.replace("/", "__") + ".json").toFile());
    }

    static Map<String, String> hashes() throws Exception {
        return OutputHashes.of(out);
    }
}
