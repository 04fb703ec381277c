package io.copydeck.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.source.SourceReadException;
import io.copydeck.dsl.source.SourceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Thousands of broken versions of the example specs: the front end must return for each, never
 * throw, and every diagnostic must point at real text. Seeds are fixed, so a failure names the
 * seed that reproduces it; `-Dcopydeck.fuzz.mutants=200000` runs a longer campaign.
 */
class FrontEndFuzzTest {
    private static final int MUTANTS = Integer.getInteger("copydeck.fuzz.mutants", 20_000);
    private static final long BASE_SEED = Long.getLong("copydeck.fuzz.seed", 0xC0FFEEL);
    /** Enough to see that something is wrong without drowning the report. */
    private static final int MAX_REPORTED = 8;
    /** A mutant is small; one that takes this long points at super-linear work, not a slow machine. */
    private static final long SLOW_MILLIS = 2_000;

    private final List<SeedSpecs.Seed> seeds = SeedSpecs.all();
    private final InMemorySources sources = SeedSpecs.sources();
    /** One report per distinct crash site, so that one bug does not hide the others. */
    private final Set<String> crashSites = new java.util.HashSet<>();

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void mutatedSpecsNeverBreakTheFrontEnd() {
        List<String> failures = new ArrayList<>();
        Set<Code> codesSeen = EnumSet.noneOf(Code.class);
        int withErrors = 0;
        int perSeed = Math.max(1, MUTANTS / seeds.size());
        for (int s = 0; s < seeds.size(); s++) {
            SeedSpecs.Seed seed = seeds.get(s);
            for (int i = 0; i < perSeed && failures.size() < MAX_REPORTED; i++) {
                long mutantSeed = BASE_SEED * 31 + s * 1_000_003L + i;
                String mutant = new SpecMutator(new Random(mutantSeed)).mutate(seed.text());
                CheckResult result = checkOrRecord(seed.path(), mutant, i % 2 == 0, failures,
                        "seed " + seed.path().getFileName() + " mutant " + i + " (Random " + mutantSeed + ")");
                if (result == null) continue;
                if (result.hasErrors()) withErrors++;
                result.diagnostics().forEach(d -> codesSeen.add(d.code()));
                if (i % 100 == 0) assertDeterministic(seed.path(), mutant, result, failures);
            }
        }
        if (!failures.isEmpty()) fail(failures.size() + " broken mutants:\n\n" + String.join("\n\n", failures));
        // A fuzzer that only produced valid specs would prove nothing: the error paths must have run.
        assertTrue(withErrors > perSeed * seeds.size() / 4, "too few mutants had errors: " + withErrors);
        assertTrue(codesSeen.containsAll(EnumSet.of(Code.E001, Code.E002, Code.E004)),
                "syntax error paths not reached: " + codesSeen);
    }

    @Test
    void handWrittenNastiesNeverBreakTheFrontEnd() {
        List<String> nasties = List.of(
                "", "\uFEFF", "\n\n\n", "{", "}", ":", "\"", "\"\"\"", "/*", "*/", "\\", "x", "import", "import \"\"",
                "import \"/\"", "import \"\u0000\"", "import \"..\"", "import \".\"", "a", "a b c d e f {",
                "a {".repeat(10_000), "}".repeat(10_000), "a: " + "b, ".repeat(20_000) + "c",
                "p { a: " + "\"x\" ".repeat(5_000) + "}", "\"" + "\\".repeat(9_999), "\uD800", "\uDC00\uD800",
                "campaign c { title: \"\uD83D\uDE00\" brand: \uD83D\uDE00 }\n\u0000 \uD83D\uDE00 x",
                "product p { price: 1" + "0".repeat(10_000) + " USD }",
                "campaign c { channel sms { variants: 99999999999999999999 } }",
                "campaign c { window: 0000-01-01 .. 9999-12-31 }", "\r\r\r\"\r", "a:\r\n\"unterminated\r\nb: 1",
                // Once crashes or wrong ranges, found by the mutants; kept as plain regressions.
                "campaign c { window: 2027-05-01 ..\n title: \"T\" }", "audience a { age: 25..\n pains: \"p\" }",
                "bundle b { items: p x\n name: \"n\" }", "product p { price: : 20% }", "product p { price: }20% }");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < nasties.size(); i++) {
            checkOrRecord(SeedSpecs.ROOT.resolve("nasty.campaign"), nasties.get(i), i % 2 == 0, failures,
                    "nasty #" + i);
        }
        if (!failures.isEmpty()) fail(String.join("\n\n", failures));
    }

    @Test
    void theUnmutatedSeedsHoldTheInvariantsToo() {
        assertFalse(seeds.isEmpty());
        for (SeedSpecs.Seed seed : seeds) {
            List<String> failures = new ArrayList<>();
            checkOrRecord(seed.path(), seed.text(), true, failures, "seed " + seed.path());
            assertEquals(List.of(), failures);
        }
    }

    /**
     * Checks one text, through the in-memory reader (imports resolve to the seeds) or through
     * {@link Checker#checkText} (imports go to a disk that has none of them), and records
     * anything thrown, any broken invariant and any suspiciously slow run.
     */
    private CheckResult checkOrRecord(Path path, String text, boolean inMemory, List<String> failures, String what) {
        long start = System.nanoTime();
        CheckResult result;
        try {
            result = inMemory ? Checker.check(path, overlay(path, text)) : Checker.checkText(path, text);
        } catch (Throwable t) {
            if (!crashSites.add(crashSite(t))) return null;
            failures.add(what + " threw " + describe(t) + "\n  input: " + JavaLiteral.of(text));
            return null;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > SLOW_MILLIS) failures.add(what + " took " + millis + " ms\n  input: " + JavaLiteral.of(text));
        List<String> broken = FrontEndInvariants.violations(result);
        if (!broken.isEmpty()) {
            failures.add(what + " broke invariants:\n  " + String.join("\n  ", broken.subList(0,
                    Math.min(5, broken.size()))) + "\n  input: " + JavaLiteral.of(text));
        }
        return result;
    }

    private void assertDeterministic(Path path, String text, CheckResult first, List<String> failures) {
        try {
            List<Diagnostic> again = Checker.check(path, overlay(path, text)).diagnostics();
            List<Diagnostic> before = Checker.check(path, overlay(path, text)).diagnostics();
            if (!again.equals(before)) failures.add("two checks of one text disagree\n  input: " + JavaLiteral.of(text));
        } catch (SourceReadException e) {
            failures.add("an in-memory file could not be read: " + e.getMessage());
        }
    }

    /** The seeds, with {@code path} replaced by the mutant. */
    private SourceReader overlay(Path path, String text) {
        return p -> p.toAbsolutePath().normalize().equals(path.toAbsolutePath().normalize())
                ? new io.copydeck.dsl.source.SourceFile(p, text) : sources.read(p);
    }

    /** The exception type and the first frame in our own code. */
    private static String crashSite(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith("io.copydeck.")) return t.getClass().getName() + " at " + frame;
        }
        return t.getClass().getName();
    }

    private static String describe(Throwable t) {
        StringBuilder out = new StringBuilder(t.toString());
        StackTraceElement[] trace = t.getStackTrace();
        for (int i = 0; i < Math.min(8, trace.length); i++) out.append("\n    at ").append(trace[i]);
        return out.toString();
    }
}
