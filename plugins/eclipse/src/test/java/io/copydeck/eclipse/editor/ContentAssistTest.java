package io.copydeck.eclipse.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.eclipse.Fixtures;
import io.copydeck.eclipse.Ui;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

/** Content assist through the real popup: Ctrl+Space's operation, then a proposal chosen in its table. */
class ContentAssistTest {
    @Test
    void choosing_an_enum_member_in_the_popup_inserts_it() throws Exception {
        // No prefix: with one proposal left the assistant would insert it without a popup.
        String text = Fixtures.read(Fixtures.autumnTea()).replace("objective: retention", "objective: ");
        try (EditorHarness h = new EditorHarness(Fixtures.autumnTea(), text)) {
            int caret = text.indexOf("objective: ") + "objective: ".length();
            h.viewer.setSelectedRange(caret, 0);
            h.viewer.getTextOperationTarget().doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
            Table table = waitForPopupTable();
            TableItem item = Arrays.stream(table.getItems()).filter(i -> i.getText().equals("retention"))
                    .findFirst().orElseThrow(() -> new AssertionError("no `retention` among "
                            + Arrays.stream(table.getItems()).map(TableItem::getText).toList()));
            table.setSelection(item);
            Event e = new Event();
            e.item = item;
            table.notifyListeners(SWT.DefaultSelection, e);
            Ui.flush();
            assertTrue(h.document.get().contains("objective: retention\n"), "the proposal replaced the prefix");
        }
    }

    @Test
    void the_popup_lists_declared_audiences_for_a_reference() throws Exception {
        String text = Fixtures.read(Fixtures.autumnTea()).replace("audience: lapsed_subscribers\n    products: chai_blend\n    promo: autumn15\n    variants",
                "audience: \n    products: chai_blend\n    promo: autumn15\n    variants");
        try (EditorHarness h = new EditorHarness(Fixtures.autumnTea(), text)) {
            Ui.waitUntil("the first check", Duration.ofSeconds(20), () -> h.snapshots.latest() != null);
            h.viewer.setSelectedRange(text.indexOf("audience: \n") + "audience: ".length(), 0);
            h.viewer.getTextOperationTarget().doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
            Table table = waitForPopupTable();
            assertTrue(Arrays.stream(table.getItems()).map(TableItem::getText).toList()
                    .containsAll(java.util.List.of("office_drinkers", "lapsed_subscribers")));
            table.getShell().close();
        }
    }

    private static Table waitForPopupTable() {
        Table[] found = new Table[1];
        Ui.waitUntil("the proposal popup", Duration.ofSeconds(10), () -> {
            for (Shell s : Ui.display().getShells()) {
                Optional<Table> t = Arrays.stream(s.getChildren()).filter(Table.class::isInstance)
                        .map(Table.class::cast).filter(x -> x.getItemCount() > 0).findFirst();
                if (s.isVisible() && t.isPresent()) { found[0] = t.get(); return true; }
            }
            return false;
        });
        return found[0];
    }
}
