package io.copydeck.eclipse.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.eclipse.Ui;
import java.nio.file.Path;
import java.util.Arrays;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** A real preview panel in a shell, and its buttons pressed as a user would. */
final class PreviewPanels {
    private PreviewPanels() {}

    static PreviewPanel open(Shell shell, Path spec, Path folder) {
        shell.setLayout(new FillLayout());
        PreviewPanel panel = new PreviewPanel(shell);
        panel.show(spec, folder);
        shell.open();
        Ui.flush();
        return panel;
    }

    static void click(PreviewPanel panel, String label) {
        Button b = Arrays.stream(panel.control().getChildren()).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(x -> x.getText().equals(label)).findFirst().orElseThrow();
        assertTrue(b.isEnabled(), label + " is enabled");
        b.notifyListeners(SWT.Selection, new Event());
    }
}
