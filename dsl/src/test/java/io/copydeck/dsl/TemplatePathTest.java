package io.copydeck.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check` reports a `template:` that the prompt stage could not use, where it is written. */
class TemplatePathTest {
    @TempDir
    Path dir;

    private List<Diagnostic> templateDiagnostics(String template) throws Exception {
        Path spec = dir.resolve("spec/c.campaign");
        Files.createDirectories(spec.getParent());
        Files.writeString(spec, """
                brand b { name: "B"; legal: "B Ltd, 1 Road, Town" }
                product p { name: "P"; price: 5 USD }
                audience a { description: "A" }
                campaign c {
                  title: "T"; brand: b; objective: launch; window: 2027-01-01 .. 2027-02-01
                  channel sms { audience: a; products: p; must_include: "Reply STOP to opt out"
                    template: "%s" }
                }
                """.formatted(template));
        return Checker.check(spec).diagnostics().stream()
                .filter(d -> d.code() == Code.E505 || d.code() == Code.E501).toList();
    }

    private Diagnostic only(String template) throws Exception {
        List<Diagnostic> found = templateDiagnostics(template);
        assertEquals(1, found.size(), () -> template + ": " + found);
        assertEquals(7, found.get(0).range().startLine(), "on the `template:` line");
        return found.get(0);
    }

    @Test
    void aUsableTemplateIsNoProblem() throws Exception {
        Files.createDirectories(dir.resolve("spec/templates"));
        Files.writeString(dir.resolve("spec/templates/sms.ftl"), "Write: ${product.name}");
        assertEquals(List.of(), templateDiagnostics("templates/sms.ftl"));
        assertEquals(List.of(), templateDiagnostics("builtin/prompts/sms/text.ftl"), "the built-ins are the engine's to find");
    }

    @Test
    void eachUnusablePathIsReportedWithItsReason() throws Exception {
        Files.writeString(dir.resolve("outside.ftl"), "x");
        Files.createDirectories(dir.resolve("spec/folder.ftl"));
        Files.writeString(dir.resolve("spec/empty.ftl"), "");
        assertMessage(only(""), Code.E505, "is empty");
        assertMessage(only("../outside.ftl"), Code.E505, "leads out of the spec's folder");
        assertMessage(only("/etc/passwd"), Code.E505, "absolute path");
        assertMessage(only("folder.ftl"), Code.E505, "not a regular file");
        assertMessage(only("empty.ftl"), Code.E505, "empty file");
        assertMessage(only("nope.ftl"), Code.E501, "not found");
    }

    @Test
    void aLinkOutOfTheFolderIsRefused() throws Exception {
        Files.writeString(dir.resolve("secret.ftl"), "x");
        Files.createDirectories(dir.resolve("spec"));
        Files.createSymbolicLink(dir.resolve("spec/link.ftl"), dir.resolve("secret.ftl"));
        assertMessage(only("link.ftl"), Code.E505, "a link that leads out");
    }

    private static void assertMessage(Diagnostic d, Code code, String part) {
        assertEquals(code, d.code(), d.message());
        assertTrue(d.message().contains(part), d.message());
    }
}
