package io.copydeck.dsl;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.source.SourceReadException;
import io.copydeck.dsl.source.SourceReader;
import java.nio.file.Path;
import java.util.List;

/**
 * Coverage-guided fuzzing of the whole front end with Jazzer, from raw bytes: decoding
 * (NUL bytes, invalid UTF-8, BOM), lexing, parsing, imports, schema and logic checks.
 *
 * <p>A plain {@code mvn test} runs it in regression mode: only the committed inputs under
 * {@code src/test/resources/io/copydeck/dsl/FrontEndJazzerTestInputs/}, in well under a second.
 * To fuzz (Linux/macOS x86-64 or arm64):
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl dsl -am test -Dtest=FrontEndJazzerTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * It stops after {@code maxDuration} or at the first finding, which Jazzer saves as a new input
 * in that folder: commit it with the fix, and it becomes a regression test.
 */
class FrontEndJazzerTest {
    private static final Path ROOT = SeedSpecs.ROOT.resolve("jazzer.campaign");
    /** The seeds serve the imports a fuzzed file may name. */
    private static final InMemorySources IMPORTS = SeedSpecs.sources();

    @FuzzTest(maxDuration = "5m")
    void anyBytesGiveValidDiagnostics(FuzzedDataProvider data) throws SourceReadException {
        byte[] bytes = data.consumeRemainingAsBytes();
        SourceReader reader = p -> p.toAbsolutePath().normalize().equals(ROOT)
                ? SourceReader.decode(p, bytes) : IMPORTS.read(p);
        // The root is in memory, so only a content problem can arise, and that is a diagnostic.
        CheckResult result = Checker.check(ROOT, reader);
        List<String> broken = FrontEndInvariants.violations(result);
        if (!broken.isEmpty()) throw new AssertionError(String.join("\n", broken));
    }
}
