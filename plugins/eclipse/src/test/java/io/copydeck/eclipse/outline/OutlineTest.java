package io.copydeck.eclipse.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.eclipse.Fixtures;
import io.copydeck.eclipse.Ui;
import io.copydeck.eclipse.language.OutlineNode;
import io.copydeck.eclipse.language.SpecSnapshot;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

class OutlineTest {
    @Test
    void outline_tree_shows_imports_and_nested_blocks_of_the_example() {
        Shell shell = Ui.shell();
        try {
            TreeViewer viewer = new TreeViewer(shell);
            viewer.setContentProvider(new OutlineContent());
            viewer.setLabelProvider(new OutlineContent.Labels());
            SpecSnapshot s = SpecSnapshot.of(Fixtures.autumnTea(), Fixtures.read(Fixtures.autumnTea()));
            viewer.setInput(OutlineNode.of(s.rootFile()));
            viewer.expandAll();
            TreeItem[] top = viewer.getTree().getItems();
            assertEquals(List.of("import \"shared/northwind-brand.campaign\"", "campaign autumn_tea"),
                    Arrays.stream(top).map(TreeItem::getText).toList());
            List<String> children = Arrays.stream(top[1].getItems()).map(TreeItem::getText).toList();
            assertTrue(children.containsAll(List.of("audience office_drinkers", "positioning", "pricing",
                    "channel email winback", "channel sms", "channel twitter")), children.toString());
            TreeItem pricing = Arrays.stream(top[1].getItems()).filter(i -> i.getText().equals("pricing")).findFirst().orElseThrow();
            assertEquals(List.of("promo autumn15", "bundle desk_duo"),
                    Arrays.stream(pricing.getItems()).map(TreeItem::getText).toList());
        } finally {
            shell.dispose();
        }
    }
}
