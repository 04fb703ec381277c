package io.copydeck.tests.probes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.copydeck.cli.Main;
import io.copydeck.compiler.Lockfile;
import io.copydeck.tests.probes.InProcessCli.Run;
import java.io.IOException;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #15's probes of `copydeck.lock` and `copydeck approve`: concurrent approvals (as separate
 * processes) are all kept; an approval made while `build --regenerate` runs survives and its text is
 * what the next build writes; a damaged lock is a clear error (exit 2) that leaves the file as it is;
 * a hand-edited asset that breaks a rule is refused unless `--force`. One build with the shipped
 * model (twenty SMS, seconds) gives every test its assets; each test copies it into a project of its own.
 */
class LockProbesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int VARIANTS = 20;
    static final String SPEC = """
            brand aurora { name: "Aurora Coffee"; legal: "Aurora Coffee Inc., 1 Bean Street, Portland" }
            audience commuters { description: "People who grab coffee on the way to work" }
            product cold_brew { name: "Cold Brew"; price: 3.49 USD }
            campaign spring_launch {
              title: "Spring Launch 2027"; brand: aurora; objective: launch
              positioning { for: commuters; category: "ready-to-drink coffee"; benefit: "smooth cold brew in a can" }
              channel sms { variants: %d; must_include: "Reply STOP to opt out" }
            }
            """.formatted(VARIANTS);

    @TempDir
    static Path built;
    static Path model;

    static Run cli(String... args) {
        return InProcessCli.run(args);
    }

    static Run cli(Writer err, String... args) {
        return InProcessCli.run(err, args);
    }

    static String id(int variant) {
        return "spring_launch/sms/commuters/cold_brew/v" + variant;
    }

    @BeforeAll
    static void buildOnce() throws Exception {
        model = Path.of(System.getProperty("copydeck.root", "..")).toAbsolutePath().normalize().resolve("models/default");
        Files.writeString(built.resolve("spring.campaign"), SPEC);
        Run run = build(built);
        assertEquals(0, run.exit(), run.all());
        for (int v = 1; v <= VARIANTS; v++) {
            assertEquals("generated", asset(built, id(v)).path("status").asText(), id(v) + " can be approved");
        }
    }

    static Run build(Path project, String... extra) {
        return build(project, new StringWriter(), extra);
    }

    static Run build(Path project, Writer err, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", project.resolve("spring.campaign").toString(),
                "--model", model.toString(), "--device", "cpu", "--jobs", "2", "--candidates", "2", "--rounds", "1",
                "--out", project.resolve("out").toString(), "--keep-going"));
        args.addAll(List.of(extra));
        return cli(err, args.toArray(String[]::new));
    }

    /** A project of the test's own: the spec, its generation cache and the built outputs, no lock. */
    static Path project(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(built)) {
            for (Path from : files.sorted().toList()) {
                if (from.getFileName().toString().equals(Lockfile.NAME)) continue;
                Path to = dir.resolve(built.relativize(from).toString());
                if (Files.isDirectory(from)) Files.createDirectories(to);
                else Files.copy(from, to);
            }
        }
        return dir;
    }

    static Run approve(Path project, String... args) {
        List<String> all = new ArrayList<>(List.of("approve", "--spec", project.resolve("spring.campaign").toString(),
                "--out", project.resolve("out").toString()));
        all.addAll(List.of(args));
        return cli(all.toArray(String[]::new));
    }

    static JsonNode asset(Path project, String id) throws IOException {
        return JSON.readTree(project.resolve("out/assets").resolve(id.replace("/", "__") + ".json").toFile());
    }

    static Lockfile lock(Path project) throws IOException {
        return Lockfile.read(project.resolve(Lockfile.NAME));
    }

    @Test
    void twentyConcurrentApproveProcessesAreAllKept(@TempDir Path dir) throws Exception {
        Path project = project(dir);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<Process> processes = new ArrayList<>();
        for (int v = 1; v <= VARIANTS; v++) {
            // Flags for a quick start: twenty JVMs share the machine's cores.
            processes.add(new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"),
                    "io.copydeck.cli.Main", "approve", "--spec", project.resolve("spring.campaign").toString(),
                    "--out", project.resolve("out").toString(), id(v))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("approve-" + v + ".log").toFile()).start());
        }
        for (int v = 1; v <= VARIANTS; v++) {
            Process p = processes.get(v - 1);
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "approve " + v + " did not finish");
            String log = Files.readString(dir.resolve("approve-" + v + ".log"));
            assertEquals(0, p.exitValue(), log);
            assertTrue(log.contains("approved " + id(v)), log);
        }
        Lockfile lock = lock(project);
        assertEquals(IntStream.rangeClosed(1, VARIANTS).mapToObj(LockProbesTest::id).sorted().toList(),
                List.copyOf(lock.all().keySet()), "every approval is in the lock");
        for (int v = 1; v <= VARIANTS; v++) {
            assertEquals(asset(project, id(v)).at("/fields/text").asText(),
                    lock.get(id(v)).orElseThrow().fields().get("text"), "the text as built");
        }
    }

    @Test
    void approvalsMadeWhileARegeneratingBuildRunsSurviveAndTheNextBuildKeepsTheirText(@TempDir Path dir)
            throws Exception {
        Path project = project(dir);
        List<String> approved = List.of(id(1), id(2), id(3));
        Map<String, String> before = new java.util.HashMap<>();
        for (String id : approved) before.put(id, asset(project, id).at("/fields/text").asText());

        // The build says "generated N/M completions" as the model writes: approve once it has begun.
        CountDownLatch generating = new CountDownLatch(1);
        StringWriter progress = new StringWriter() {
            @Override
            public void write(String s, int off, int len) {
                super.write(s, off, len);
                if (toString().contains("generated ")) generating.countDown();
            }
        };
        CompletableFuture<Run> regenerating = CompletableFuture.supplyAsync(() -> build(project, progress,
                "--regenerate", "sms"));
        assertTrue(generating.await(5, TimeUnit.MINUTES), "the build did not start generating: " + progress);
        List<CompletableFuture<Run>> approvals = approved.stream()
                .map(id -> CompletableFuture.supplyAsync(() -> approve(project, id))).toList();
        for (CompletableFuture<Run> a : approvals) {
            Run run = a.get(5, TimeUnit.MINUTES);
            assertEquals(0, run.exit(), run.all());
        }
        Run regenerate = regenerating.get(10, TimeUnit.MINUTES);
        assertEquals(0, regenerate.exit(), regenerate.all());

        Lockfile lock = lock(project);
        assertEquals(1, lock.take("sms"), "the build's take is recorded");
        for (String id : approved) {
            assertEquals(before.get(id), lock.get(id).orElseThrow().fields().get("text"), id + " approved as it was read");
        }
        Run next = build(project);
        assertEquals(0, next.exit(), next.all());
        assertTrue(next.out().contains("(3 approved, 0 failed)"), next.out());
        for (String id : approved) {
            JsonNode asset = asset(project, id);
            assertEquals("approved", asset.path("status").asText(), id);
            assertEquals(before.get(id), asset.at("/fields/text").asText(), id + "'s approved text is kept");
        }
    }

    @Test
    void aHandEditedAssetThatBreaksARuleIsRefusedUnlessForced(@TempDir Path dir) throws Exception {
        Path project = project(dir);
        Path json = project.resolve("out/assets").resolve(id(1).replace("/", "__") + ".json");
        ObjectNode asset = (ObjectNode) JSON.readTree(json.toFile());
        // A price the brief never gave: the build would never write it, so approve must not keep it.
        ((ObjectNode) asset.get("fields")).put("text", "Aurora Coffee: Cold Brew is 2.99 USD today. Reply STOP to opt out");
        Files.write(json, JSON.writeValueAsBytes(asset));

        Run refused = approve(project, id(1));
        assertEquals(Main.ERRORS, refused.exit(), refused.all());
        assertTrue(refused.err().contains(id(1)) && refused.err().contains(json.toString()), refused.err());
        assertTrue(refused.err().contains("computed-facts on text"), "names the rule: " + refused.err());
        assertTrue(refused.err().contains("\"2.99 USD\" is no price of the brief"), "and what is wrong: " + refused.err());
        assertTrue(refused.err().contains("--force"), refused.err());
        assertFalse(Files.exists(project.resolve(Lockfile.NAME)), "nothing approved");

        Run forced = approve(project, "--force", id(1));
        assertEquals(0, forced.exit(), forced.all());
        assertTrue(forced.err().contains("warning") && forced.err().contains("computed-facts"), forced.err());
        assertEquals("Aurora Coffee: Cold Brew is 2.99 USD today. Reply STOP to opt out",
                lock(project).get(id(1)).orElseThrow().fields().get("text"));
    }

    @Test
    void anAssetJsonThatIsNotJsonIsAClearError(@TempDir Path dir) throws Exception {
        Path project = project(dir);
        Path json = project.resolve("out/assets").resolve(id(2).replace("/", "__") + ".json");
        Files.writeString(json, "{ \"fields\": ");
        Run run = approve(project, id(2));
        assertEquals(Main.ERRORS, run.exit(), run.all());
        assertTrue(run.err().contains(json + " is not valid asset JSON"), run.err());
    }

    static Stream<Arguments> damagedLocks() {
        return Stream.of(
                Arguments.of("truncated", "{ \"version\" : 1, \"approved\" : { \"spring_launch/sms".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("garbage", "this is not json".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("null", "null".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("not UTF-8", new byte[] {'{', (byte) 0xFF, (byte) 0xFE, '}'}),
                Arguments.of("version 99", "{ \"version\" : 99, \"approved\" : { } }".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a folder", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedLocks")
    void aDamagedLockIsAnErrorNamingTheFileAndIsNeverOverwritten(String damage, byte[] content, @TempDir Path dir)
            throws Exception {
        Path project = project(dir);
        Path lock = project.resolve(Lockfile.NAME);
        byte[] manifest = Files.readAllBytes(project.resolve("out/manifest.json"));
        if (content == null) Files.createDirectories(lock.resolve("inside"));
        else Files.write(lock, content);
        for (Run run : List.of(approve(project, id(1)), build(project, "--regenerate", "sms"),
                approve(project, "--remove", id(1)))) {
            assertEquals(Main.USAGE, run.exit(), damage + ": " + run.all());
            assertTrue(run.err().contains("copydeck: error: " + lock), run.err());
            assertTrue(run.err().contains(content == null ? "move it out of the way" : "version control"), run.err());
            assertFalse(run.err().contains("internal error"), run.err());
        }
        if (content == null) assertTrue(Files.isDirectory(lock.resolve("inside")), "the folder is left as it was");
        else assertArrayEquals(content, Files.readAllBytes(lock), "the file is left as it was");
        assertArrayEquals(manifest, Files.readAllBytes(project.resolve("out/manifest.json")), "and nothing was built");
    }
}
