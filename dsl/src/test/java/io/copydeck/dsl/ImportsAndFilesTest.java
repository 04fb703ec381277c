package io.copydeck.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.source.SourceReadException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports across files, and files that are not campaign text at all. */
class ImportsAndFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static final String CAMPAIGN = """
            campaign c {
              title: "T"
              brand: b
              positioning { for: a; category: "c"; benefit: "x" }
              channel twitter { products: p }
            }
            """;

    @Test
    void importsResolveRelativeToTheImportingFileAndAllowForwardReferences() throws Exception {
        write("brands/b.campaign", "import \"../audiences/a.campaign\"\nbrand b { name: \"B\" }\n");
        write("audiences/a.campaign", "audience a { description: \"A\" }\nproduct p { name: \"P\"; price: 1.00 USD }\n");
        Path main = write("main.campaign", "import \"brands/b.campaign\"\n" + CAMPAIGN);
        CheckResult result = Checker.check(main);
        assertEquals(List.of(), result.diagnostics());
        assertEquals(3, result.files().size());
        assertEquals("b", result.spec().brands().get(0).id());
    }

    @Test
    void aReferenceMayPointForwardWithinAFile() throws Exception {
        Path main = write("main.campaign", CAMPAIGN + "brand b { name: \"B\" }\naudience a { description: \"A\" }\n"
                + "product p { name: \"P\"; price: 1.00 USD }\n");
        assertEquals(List.of(), Checker.check(main).diagnostics());
    }

    @Test
    void aCycleIsReportedAtTheImportThatClosesIt() throws Exception {
        write("a.campaign", "import \"b.campaign\"\nbrand b { name: \"B\" }\n");
        write("b.campaign", "import \"a.campaign\"\n");
        CheckResult result = Checker.check(dir.resolve("a.campaign"));
        Diagnostic cycle = only(result, Code.E011);
        assertTrue(cycle.message().contains("a.campaign → b.campaign → a.campaign"), cycle.message());
        assertEquals("b.campaign", cycle.range().file().getFileName().toString());
    }

    @Test
    void aMissingImportNamesThePathAndWhereItWasLookedFor() throws Exception {
        Path main = write("main.campaign", "import \"nope.campaign\"\n");
        Diagnostic missing = only(Checker.check(main), Code.E010);
        assertTrue(missing.message().contains("nope.campaign"), missing.message());
        assertEquals(1, missing.range().startLine());
        assertEquals(8, missing.range().startColumn());
    }

    @Test
    void twoCampaignsAcrossFilesAreAnError() throws Exception {
        write("other.campaign", "campaign other { title: \"O\"; brand: b; channel twitter { audience: a } }\n");
        Path main = write("main.campaign", "import \"other.campaign\"\n" + CAMPAIGN
                + "brand b { name: \"B\" }\naudience a { description: \"A\" }\nproduct p { name: \"P\"; price: 1.00 USD }\n");
        Diagnostic extra = only(Checker.check(main), Code.E203);
        assertEquals("other.campaign", extra.range().file().getFileName().toString());
    }

    @Test
    void aMissingRootFileIsAnIoProblemNotADiagnostic() {
        SourceReadException e = assertThrows(SourceReadException.class, () -> Checker.check(dir.resolve("none.campaign")));
        assertTrue(e.ioProblem());
        assertTrue(e.getMessage().contains("none.campaign"));
    }

    @Test
    void aDirectoryIsAnIoProblem() {
        SourceReadException e = assertThrows(SourceReadException.class, () -> Checker.check(dir));
        assertTrue(e.getMessage().contains("directory"), e.getMessage());
    }

    @Test
    void aBinaryFileGetsAClearMessage() throws Exception {
        Path bin = dir.resolve("image.campaign");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Diagnostic d = only(Checker.check(bin), Code.E006);
        assertTrue(d.message().contains("binary"), d.message());
    }

    @Test
    void invalidUtf8IsPlacedAtItsLine() throws Exception {
        Path bad = dir.resolve("latin1.campaign");
        Files.write(bad, "brand b {\n  name: \"Caf".getBytes());
        Files.write(bad, new byte[] {(byte) 0xE9, '"', '\n', '}', '\n'}, java.nio.file.StandardOpenOption.APPEND);
        Diagnostic d = only(Checker.check(bad), Code.E006);
        assertTrue(d.message().contains("not valid UTF-8"), d.message());
        assertEquals(2, d.range().startLine());
        assertEquals(13, d.range().startColumn());
    }

    @Test
    void anEmptyFileIsAWarningNotACrash() throws Exception {
        Path empty = write("empty.campaign", "");
        CheckResult result = Checker.check(empty);
        only(result, Code.W007);
        assertFalse(result.hasErrors());
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithItsSize() throws Exception {
        Path big = dir.resolve("big.campaign");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        Diagnostic d = only(Checker.check(big), Code.E006);
        assertTrue(d.message().contains("50.0 MB"), d.message());
    }

    private static Diagnostic only(CheckResult result, Code code) {
        List<Diagnostic> found = result.diagnostics().stream().filter(d -> d.code() == code).toList();
        assertEquals(1, found.size(), () -> "one " + code + " in " + result.diagnostics());
        return found.get(0);
    }
}
