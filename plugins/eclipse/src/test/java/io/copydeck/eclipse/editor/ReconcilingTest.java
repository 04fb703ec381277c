package io.copydeck.eclipse.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.eclipse.Fixtures;
import io.copydeck.eclipse.Ui;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconcilingTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void an_error_typed_into_the_example_is_annotated_and_the_annotation_goes_when_fixed() throws Exception {
        try (EditorHarness h = new EditorHarness(Fixtures.autumnTea(), Fixtures.read(Fixtures.autumnTea()))) {
            Ui.waitUntil("the first check", WAIT, () -> h.snapshots.latest() != null);
            assertTrue(h.annotations().stream().noneMatch(a -> a.diagnostic().isError()),
                    "the example has no errors (its imports resolve from disk): " + h.annotations());

            h.replace("objective: retention", "objective: retentoin");
            Ui.waitUntil("E104 for the misspelt enum member", WAIT, () -> h.hasAnnotation("E104"));
            CampaignAnnotation a = h.annotations().stream()
                    .filter(x -> x.diagnostic().code().name().equals("E104")).findFirst().orElseThrow();
            int offset = h.viewer.getAnnotationModel().getPosition(a).getOffset();
            assertTrue(h.document.get().startsWith("retentoin", offset), "the annotation covers the typo");
            assertTrue(a.getType().endsWith(".error"));

            h.replace("objective: retentoin", "objective: retention");
            Ui.waitUntil("the E104 annotation to go", WAIT, () -> !h.hasAnnotation("E104"));
            assertFalse(h.annotations().stream().anyMatch(x -> x.diagnostic().isError()));
        }
    }

    @Test
    void warnings_are_warning_annotations() throws Exception {
        try (EditorHarness h = new EditorHarness(Fixtures.autumnTea(), Fixtures.read(Fixtures.autumnTea()))) {
            h.replace("must_include: \"AUTUMN15\", \"Reply STOP to opt out\"", "must_include: \"AUTUMN15\"");
            Ui.waitUntil("W401 for an SMS without opt-out", WAIT, () -> h.hasAnnotation("W401"));
            assertTrue(h.annotations().stream().filter(a -> a.diagnostic().code().name().equals("W401"))
                    .allMatch(a -> a.getType().endsWith(".warning")));
        }
    }
}
