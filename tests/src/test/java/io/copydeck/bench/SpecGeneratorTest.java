package io.copydeck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark must measure a real spec, not an error storm, and the size it claims. */
class SpecGeneratorTest {
    @Test
    void theBenchSpecIsLargeAndCleanOfDiagnostics() {
        String spec = SpecGenerator.generate(SpecGenerator.BENCH_LINES);
        long lines = spec.lines().count();
        assertTrue(lines >= SpecGenerator.BENCH_LINES && lines < SpecGenerator.BENCH_LINES + 50, "lines: " + lines);

        CheckResult result = Checker.checkText(Path.of("bench.campaign"), spec);
        List<Diagnostic> first = result.diagnostics().subList(0, Math.min(5, result.diagnostics().size()));
        assertEquals(List.of(), first, "the generated spec should check clean");
        assertTrue(result.spec().products().size() > 2_000, "products: " + result.spec().products().size());
        assertTrue(result.spec().audiences().size() > 1_000, "audiences: " + result.spec().audiences().size());
        assertTrue(result.spec().campaign().channels().size() > 1_000);
        assertTrue(result.spec().campaign().pricing().promos().size() > 1_000);
        assertTrue(result.spec().campaign().pricing().bundles().size() > 500);
    }

    @Test
    void theSameSizeGivesTheSameText() {
        assertEquals(SpecGenerator.generate(2_000), SpecGenerator.generate(2_000));
    }
}
