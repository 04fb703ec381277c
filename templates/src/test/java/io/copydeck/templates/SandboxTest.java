package io.copydeck.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.diag.Code;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Templates are code users write. The known FreeMarker server-side template injection payloads
 * must each be refused with a clear error, and nothing may run.
 */
class SandboxTest {
    @TempDir
    Path root;
    private TemplateEngine engine;
    private Path marker;

    @BeforeEach
    void setUp() throws Exception {
        engine = new TemplateEngine(root, 10_000, Duration.ofSeconds(2));
        marker = root.resolve("pwned");
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    private TemplateFailure refuse(String template) throws Exception {
        Files.writeString(root.resolve("evil.ftl"), template);
        return assertThrows(TemplateFailure.class, () -> engine.render("evil.ftl", Map.of("name", "x")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch MARKER\")}",
            "<#assign oc = \"freemarker.template.utility.ObjectConstructor\"?new()>${oc(\"java.io.FileWriter\", \"MARKER\")}",
            "<#assign jy = \"freemarker.template.utility.JythonRuntime\"?new()><@jy>open('MARKER', 'w')</@jy>",
            "${\"freemarker.template.utility.Execute\"?new()(\"touch MARKER\")}"})
    void classInstantiationIsRefused(String payload) throws Exception {
        TemplateFailure f = refuse(payload.replace("MARKER", marker.toString()));
        assertEquals(Code.E503, f.code());
        assertTrue(f.getMessage().contains("not allowed"), f.getMessage());
        assertFalse(Files.exists(marker), "nothing ran");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${name?api.getClass().getClassLoader()}",
            "<#assign cl = name?api.class.protectionDomain.classLoader>${cl}",
            "${name?api.getBytes()}"})
    void apiBuiltinIsRefused(String payload) throws Exception {
        TemplateFailure f = refuse(payload);
        assertEquals(Code.E503, f.code());
        assertTrue(f.getMessage().contains("api"), f.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<#include \"/etc/passwd\">", "<#include \"../../../../../../etc/passwd\">",
            "<#include \"../outside.ftl\">", "<#import \"/etc/hosts\" as h>"})
    void includesOutsideTheRootsAreRefused(String payload) throws Exception {
        Files.writeString(root.getParent().resolve("outside.ftl"), "SECRET");
        TemplateFailure f = refuse(payload);
        assertEquals(Code.E503, f.code());
        assertFalse(f.getMessage().contains("root:"), "no file content leaks into the message");
    }

    @Test
    void aSymlinkOutOfTheRootIsRefused() throws Exception {
        Path secret = Files.createTempFile("secret", ".ftl");
        Files.writeString(secret, "SECRET");
        Files.createSymbolicLink(root.resolve("link.ftl"), secret);
        TemplateFailure f = refuse("<#include \"link.ftl\">");
        assertEquals(Code.E503, f.code());
        Files.delete(secret);
    }

    @Test
    void aLoopThatNeverEndsIsStopped() throws Exception {
        TemplateFailure f = refuse("<#list 1.. as i><#assign x = i></#list>");
        assertEquals(Code.E504, f.code());
    }

    @Test
    void outputIsBounded() throws Exception {
        TemplateFailure f = refuse("<#list 1..1000000 as i>0123456789</#list>");
        assertEquals(Code.E504, f.code());
        assertTrue(f.getMessage().contains("10000 characters"), f.getMessage());
    }

    @Test
    void onlyPlainDataIsExposed() throws Exception {
        Files.writeString(root.resolve("file.ftl"), "${f}");
        TemplateFailure f = assertThrows(TemplateFailure.class, () -> engine.render("file.ftl", Map.of("f", new File("/"))));
        assertEquals(Code.E503, f.code());
        Files.writeString(root.resolve("methods.ftl"), "${s.length()}");
        assertThrows(TemplateFailure.class, () -> engine.render("methods.ftl", Map.of("s", "abc")));
    }

    @Test
    void plainDataRenders() throws Exception {
        Files.writeString(root.resolve("ok.ftl"), "${name} has ${items?size} items: ${items?join(\", \")}");
        assertEquals("Tea has 2 items: a, b",
                engine.render("ok.ftl", Map.of("name", "Tea", "items", java.util.List.of("a", "b"))).text());
    }

    @Test
    void syntaxErrorsNameTheTemplateAndLine() throws Exception {
        Files.writeString(root.resolve("broken.ftl"), "line one\n<#if>\n");
        TemplateFailure f = assertThrows(TemplateFailure.class, () -> engine.render("broken.ftl", Map.of()));
        assertEquals(Code.E502, f.code());
        var d = f.toDiagnostic(engine.fileOf("broken.ftl"), null);
        assertEquals(root.resolve("broken.ftl"), d.range().file());
        assertEquals(2, d.range().startLine());
    }

    @Test
    void htmlLayoutsEscapeValues() throws Exception {
        Files.writeString(root.resolve("page.ftlh"), "<p>${text}</p>");
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
                engine.render("page.ftlh", Map.of("text", "<script>alert(1)</script>")).text());
    }
}
