package io.copydeck.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.core.CopydeckBounds;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.plan.Interpreter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template cannot take gigabytes: pads past the output bound are refused, and a render's allocation is bounded. */
class MemoryBoundTest {
    static final String HUGE_PAD = "line one\n${\"x\"?left_pad(2000000000)}";
    static final String COMPUTED_PAD = "${\"x\"?rightPad(1000 * 1000 * 1000, \"ab\")}";
    static final String HUGE_JOIN = "${(1..100000000)?join(\",\")?length}";
    static final String DOUBLING = "<#assign s = \"x\"><#list 1..40 as i><#assign s = s + s></#list>${s?length}";

    @TempDir
    Path root;
    private TemplateEngine engine;

    @BeforeEach
    void setUp() throws IOException {
        engine = new TemplateEngine(root);
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    private int written;

    /** Each text in a file of its own: FreeMarker caches a template by name. */
    private TemplateFailure refuse(String text) throws IOException {
        String name = "t" + written++ + ".ftl";
        Files.writeString(root.resolve(name), text);
        return assertThrows(TemplateFailure.class, () -> engine.render(name, Map.of()));
    }

    @Test
    void aPadPastTheOutputBoundIsRefusedWithTheLineAndTheNumbers() throws IOException {
        TemplateFailure f = refuse(HUGE_PAD);
        assertEquals(Code.E504, f.code());
        assertTrue(f.getMessage().contains("?left_pad(2000000000) would make a string of 2000000000 characters, more than the "
                + TemplateEngine.DEFAULT_MAX_CHARS), f.getMessage());
        assertEquals(2, f.toDiagnostic(root.resolve("t0.ftl"), null).range().startLine());
        TemplateFailure computed = refuse(COMPUTED_PAD);
        assertEquals(Code.E504, computed.code());
        assertTrue(computed.getMessage().contains("?rightPad(1000000000)"), computed.getMessage());
    }

    @Test
    void ordinaryPadsBehaveAsFreeMarkersDo() throws Exception {
        assertTrue(CopydeckBounds.installed(), "the guards replace FreeMarker's built-ins");
        Files.writeString(root.resolve("ok.ftl"), "${\"7\"?left_pad(3, \"0\")}|${\"ab\"?right_pad(4)}|${\"x\"?left_pad(4, \"-=\")}");
        assertEquals("007|ab  |-=-x", engine.render("ok.ftl", Map.of()).text());
        Files.writeString(root.resolve("camel.ftl"), "${\"ab\"?rightPad(3, \".\")}");
        assertEquals("ab.", engine.render("camel.ftl", Map.of()).text());
        TemplateFailure empty = refuse("${\"x\"?left_pad(3, \"\")}");
        assertEquals(Code.E503, empty.code());
    }

    @Test
    void aListPastTheOutputBoundIsRefusedByTheBuiltInsThatWalkItInOneCall() throws IOException {
        TemplateFailure join = refuse(HUGE_JOIN);
        assertEquals(Code.E504, join.code());
        assertTrue(join.getMessage().contains("?join of a list of 100000000 items: more than the "
                + TemplateEngine.DEFAULT_MAX_CHARS + " characters"), join.getMessage());
        for (String walk : List.of("${(1..300000)?sort?size}", "${(1..300000)?sequence?size}",
                "<#list (1..300000)?sort_by(\"x\") as i></#list>")) {
            assertEquals(Code.E504, refuse(walk).code(), walk);
        }
        assertEquals(Code.E503, refuse("${(1..)?join(\",\")}").code(), "an infinite range keeps FreeMarker's own error");
    }

    @Test
    void ordinaryListBuiltInsBehaveAsFreeMarkersDo() throws Exception {
        Map<String, String> cases = Map.of(
                "${[\"b\", \"a\"]?sort?join(\", \")}", "a, b",
                "${(1..3)?join(\"-\")}", "1-2-3",
                "<#assign j = [1, 2]?join>${j(\"+\")}", "1+2",
                "${[{\"n\": \"b\"}, {\"n\": \"a\"}]?sort_by(\"n\")?map(x -> x.n)?join(\",\")}", "a,b",
                "${[]?join(\",\", \"none\")}|${[1, 2]?join(\", \", \"-\", \".\")}", "none|1, 2.",
                "${(1..10)?filter(x -> x % 2 == 0)?sequence?join(\",\")}", "2,4,6,8,10",
                "${(1..)?take_while(x -> x < 4)?sequence?join(\",\")}", "1,2,3",
                "<#list [3, 1, 2]?sort as i>${i}</#list>|${(1..1000)?sequence?size}", "123|1000");
        int i = 0;
        for (Map.Entry<String, String> c : cases.entrySet()) {
            String name = "list" + i++ + ".ftl";
            Files.writeString(root.resolve(name), c.getKey());
            assertEquals(c.getValue(), engine.render(name, Map.of()).text(), c.getKey());
        }
    }

    @Test
    void aStringDoubledInALoopIsStoppedByTheAllocationBound() throws IOException {
        TemplateFailure f = refuse(DOUBLING);
        assertEquals(Code.E504, f.code());
        assertTrue(f.getMessage().contains("MB of memory"), f.getMessage());
    }

    /** The bound leaves room: every prompt of every example renders within a sixteenth of it. */
    @Test
    void theBuiltInPromptsAllocateFarLessThanTheBound() throws Exception {
        for (Path example : Examples.campaigns()) {
            var checked = Checker.check(example);
            try (TemplateEngine tight = new TemplateEngine(example.getParent(), TemplateEngine.DEFAULT_MAX_CHARS,
                    Duration.ofSeconds(5), TemplateEngine.DEFAULT_MAX_ALLOCATED_BYTES / 16);
                 PromptRenderer renderer = new PromptRenderer(tight)) {
                Prompts prompts = renderer.render(Interpreter.plan(checked.spec()), checked.spec());
                assertEquals(List.of(), prompts.diagnostics(), example.toString());
                assertFalse(prompts.prompts().isEmpty());
            }
        }
    }

    /** In a JVM of 256 MB, each hostile template ends with the clear error, not an OutOfMemoryError. */
    @Test
    void inASmallHeapTheRenderEndsWithTheClearError() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), HostileRender.class.getName(), root.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM ended");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertEquals(List.of("E504", "E504", "E504", "E504"), out.lines().filter(l -> l.startsWith("E5")).map(l -> l.substring(0, 4)).toList(), out);
        assertFalse(out.contains("OutOfMemoryError") || out.contains("out of memory"), out);
    }

    /** The child JVM's program: renders each hostile template and prints its code and message. */
    public static final class HostileRender {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            try (TemplateEngine engine = new TemplateEngine(dir)) {
                int i = 0;
                for (String text : List.of(HUGE_PAD, COMPUTED_PAD, HUGE_JOIN, DOUBLING)) {
                    String name = "hostile" + i++ + ".ftl";
                    Files.writeString(dir.resolve(name), text);
                    try {
                        engine.render(name, Map.of());
                        System.out.println("rendered " + name);
                    } catch (TemplateFailure f) {
                        System.out.println(f.code() + " " + f.getMessage());
                    }
                }
            }
        }
    }
}
