package io.copydeck.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract: every example checks without errors, except the error examples, where every
 * `// expect: ...` comment is matched by a diagnostic of that kind on that line.
 */
class ExamplesContractTest {
    /** The words of an `expect` comment, mapped to the codes that count as that kind of problem. */
    private static final Map<String, Set<Code>> EXPECTATIONS = Map.of(
            "unknown reference", Set.of(Code.E201),
            "unknown enum member", Set.of(Code.E104),
            "window start after end", Set.of(Code.E301),
            "wrong type", Set.of(Code.E103),
            "unknown channel kind", Set.of(Code.E108),
            "looser than the hard limit", Set.of(Code.E307, Code.W308),
            "unknown property", Set.of(Code.E102));
    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*(.*)$");

    @TestFactory
    Stream<DynamicTest> sharedExamplesCheckClean() {
        Optional<Path> shared = TestFiles.sharedExamples();
        assumeTrue(shared.isPresent(), "../shared/spec/examples is not beside this checkout: contract tests skipped");
        return cleanChecks(shared.get(), "errors.campaign");
    }

    @TestFactory
    Stream<DynamicTest> projectExamplesCheckClean() {
        return cleanChecks(TestFiles.examples(), "mistakes.campaign");
    }

    private static Stream<DynamicTest> cleanChecks(Path dir, String errorFile) {
        List<Path> files = TestFiles.campaigns(dir);
        assertFalse(files.isEmpty(), "no examples in " + dir);
        return files.stream().filter(f -> !f.getFileName().toString().equals(errorFile))
                .map(f -> DynamicTest.dynamicTest(dir.relativize(f).toString(), () -> {
                    CheckResult result = Checker.check(f);
                    List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
                    assertTrue(errors.isEmpty(), () -> "errors in " + f + ":\n" + errors);
                }));
    }

    @Test
    void everyExpectationInTheSharedErrorsExampleIsMet() throws Exception {
        Optional<Path> shared = TestFiles.sharedExamples();
        assumeTrue(shared.isPresent(), "../shared/spec/examples is not beside this checkout: contract test skipped");
        Path errors = shared.get().resolve("errors.campaign");
        CheckResult result = Checker.check(errors);
        List<String> lines = Files.readAllLines(errors);
        int expectations = 0;
        List<String> unmet = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXPECT.matcher(lines.get(i));
            if (!m.find()) continue;
            expectations++;
            Set<Code> codes = codesFor(m.group(1));
            int line = i + 1;
            boolean met = result.diagnostics().stream()
                    .anyMatch(d -> d.range().startLine() == line && codes.contains(d.code()));
            if (!met) unmet.add("line " + line + ": " + m.group(1) + " (wanted one of " + codes + ")");
        }
        assertEquals(7, expectations, "the errors example has seven expectations");
        assertTrue(unmet.isEmpty(), () -> "unmet expectations:\n" + String.join("\n", unmet)
                + "\ndiagnostics:\n" + result.diagnostics());
        assertTrue(result.hasErrors());
    }

    @Test
    void didYouMeanIsOfferedWhereTheErrorsExampleAsksForIt() throws Exception {
        Optional<Path> shared = TestFiles.sharedExamples();
        assumeTrue(shared.isPresent(), "../shared/spec/examples is not beside this checkout: contract test skipped");
        CheckResult result = Checker.check(shared.get().resolve("errors.campaign"));
        Diagnostic objective = find(result, Code.E104, 5);
        assertEquals("awareness", objective.fix().orElseThrow().edits().get(0).newText());
        Diagnostic kind = find(result, Code.E108, 13);
        assertEquals("twitter", kind.fix().orElseThrow().edits().get(0).newText());
    }

    @Test
    void projectMistakesExampleReportsEachMistake() throws Exception {
        CheckResult result = Checker.check(TestFiles.examples().resolve("mistakes.campaign"));
        Set<Code> codes = Set.copyOf(result.diagnostics().stream().map(Diagnostic::code).toList());
        assertTrue(codes.containsAll(Set.of(Code.E201, Code.E104, Code.W403, Code.W404, Code.E302, Code.W401,
                Code.W308, Code.E307, Code.E117, Code.E108)), codes::toString);
    }

    private static Diagnostic find(CheckResult result, Code code, int line) {
        return result.diagnostics().stream().filter(d -> d.code() == code && d.range().startLine() == line)
                .findFirst().orElseThrow(() -> new AssertionError(code + " on line " + line + " in " + result.diagnostics()));
    }

    private static Set<Code> codesFor(String expectation) {
        for (Map.Entry<String, Set<Code>> e : EXPECTATIONS.entrySet()) {
            if (expectation.startsWith(e.getKey())) return e.getValue();
        }
        throw new AssertionError("no code family known for expectation: " + expectation);
    }
}
