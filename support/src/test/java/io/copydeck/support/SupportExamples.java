package io.copydeck.support;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import java.nio.file.Path;

/** The support panel's specs and questions in examples/support, for tests. */
final class SupportExamples {
    private SupportExamples() {}

    static Path root() {
        return Path.of(System.getProperty("copydeck.root", "..")).resolve("examples/support");
    }

    static FactCatalogue catalogue(String spec) {
        try {
            CheckResult checked = Checker.check(root().resolve(spec + ".campaign"));
            assertFalse(checked.hasErrors(), () -> spec + " has errors: " + checked.diagnostics());
            return FactCatalogue.of(checked.spec());
        } catch (Exception e) {
            throw new AssertionError("cannot read " + spec, e);
        }
    }

    /** Each spec of the panel and the suffix of its question files. */
    static final String[][] PANEL = {
            {"brightsmile-dental", "dental"}, {"taskwell-saas", "saas"}, {"fernhouse-plants", "shop"},
            {"ironbark-gym", "gym"}, {"coastline-rail", "rail"}};
}
