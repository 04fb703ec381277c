package io.copydeck.eclipse.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.eclipse.Fixtures;
import io.copydeck.eclipse.Ui;
import java.time.Duration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

/** Key events posted to the X server, as a user types them, rather than edits of the document. */
class TypingTest {
    @Test
    void a_misspelling_typed_on_the_keyboard_is_annotated_and_backspacing_it_away_clears_it() {
        String text = Fixtures.read(Fixtures.autumnTea());
        try (EditorHarness h = new EditorHarness(Fixtures.autumnTea(), text)) {
            h.shell.forceActive();
            h.viewer.getTextWidget().setFocus();
            Ui.waitUntil("keyboard focus", Duration.ofSeconds(5), () -> h.viewer.getTextWidget().isFocusControl());
            int afterRetention = text.indexOf("objective: retention") + "objective: retention".length();
            h.viewer.setSelectedRange(afterRetention, 0);
            type('x');
            type('x');
            Ui.waitUntil("the typed text", Duration.ofSeconds(5), () -> h.document.get().contains("retentionxx"));
            Ui.waitUntil("E104 for `retentionxx`", Duration.ofSeconds(20), () -> h.hasAnnotation("E104"));
            type(SWT.BS);
            type(SWT.BS);
            Ui.waitUntil("the annotation to go", Duration.ofSeconds(20), () -> !h.hasAnnotation("E104"));
            assertTrue(h.document.get().contains("objective: retention\n"));
        }
    }

    private static void type(char character) {
        for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
            Event e = new Event();
            e.type = type;
            e.character = character;
            if (character == SWT.BS) e.keyCode = SWT.BS;
            Ui.display().post(e);
            Ui.flush();
        }
    }
}
