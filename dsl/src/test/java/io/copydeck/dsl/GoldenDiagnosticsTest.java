package io.copydeck.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.diag.DiagnosticRenderer;
import io.copydeck.dsl.diag.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The exact text `copydeck check` prints for specs full of mistakes. To accept a change on
 * purpose: `mvn -pl dsl -am test -Dtest=GoldenDiagnosticsTest -Dcopydeck.updateGolden=true`,
 * then read the diff.
 */
class GoldenDiagnosticsTest {
    static final Path GOLDEN = TestFiles.root().resolve("dsl/src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> diagnosticsTextMatchesTheGoldenFile() {
        return TestFiles.campaigns(GOLDEN).stream().map(spec -> DynamicTest.dynamicTest(spec.getFileName().toString(), () -> {
            String text = Files.readString(spec);
            CheckResult result = Checker.checkText(Path.of("golden", spec.getFileName().toString()), text);
            DiagnosticRenderer renderer = new DiagnosticRenderer(result.sources(), false);
            StringBuilder out = new StringBuilder();
            result.diagnostics().forEach(d -> out.append(renderer.render(d)).append('\n'));
            out.append(DiagnosticRenderer.summary(result.count(Severity.ERROR), result.count(Severity.WARNING), 1))
                    .append('\n');
            Path expected = spec.resolveSibling(spec.getFileName().toString().replace(".campaign", ".diagnostics"));
            if (Boolean.getBoolean("copydeck.updateGolden")) Files.writeString(expected, out.toString());
            assertEquals(Files.exists(expected) ? Files.readString(expected) : "(missing " + expected + ")",
                    out.toString(), "diagnostics of " + spec.getFileName());
        }));
    }
}
