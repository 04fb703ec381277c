package io.copydeck.eclipse.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.compiler.output.BuiltAsset;
import io.copydeck.eclipse.Fixtures;
import io.copydeck.eclipse.Ui;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PreviewPanelTest {
    private final Path spec = Fixtures.springFixture();
    private final Path folder = OutputFolders.forSpec(spec, "spring_launch");
    private final Shell shell = Ui.shell();

    @AfterEach
    void close() {
        AssetPipelines.set(new AssetPipelines.NotWired());
        shell.dispose();
    }

    private PreviewPanel open() {
        return PreviewPanels.open(shell, spec, folder);
    }

    @Test
    void lists_assets_grouped_by_channel_with_variants_status_and_badges() {
        PreviewPanel panel = open();
        assertEquals("Spring Launch 2027 \u2014 3 assets in 2 channels", panel.heading());
        TreeItem[] channels = panel.tree().getTree().getItems();
        assertEquals(List.of("email.welcome  (2)", "sms  (1)"), Arrays.stream(channels).map(i -> i.getText(0)).toList());
        assertEquals("1 approved", channels[0].getText(1));
        List<String> rows = Arrays.stream(channels[0].getItems())
                .map(i -> i.getText(0) + " | " + i.getText(1) + " | " + i.getText(2)).toList();
        assertEquals(List.of("commuters / cold_brew / v1 | approved | \u2713 2/2",
                "commuters / cold_brew / v2 | generated | \u2717 1/2"), rows);
    }

    @Test
    void selecting_an_asset_shows_its_fields_and_checks() {
        PreviewPanel panel = open();
        BuiltAsset v2 = panel.output().byChannel().get("email.welcome").get(1);
        panel.tree().setSelection(new StructuredSelection(v2), true);
        Ui.flush();
        assertTrue(panel.detail().contains("SUBJECT\nCold brew for the 7:42 train"), panel.detail());
        assertTrue(panel.detail().contains("\u2717 body \u2264 10 words"), panel.detail());
    }

    @Test
    void regenerate_and_approve_call_the_pipeline_in_a_background_job() throws Exception {
        List<String> calls = new CopyOnWriteArrayList<>();
        AssetPipelines.set(new AssetPipeline() {
            @Override
            public void regenerate(Path s, Path out, String channel, IProgressMonitor m) {
                calls.add("regenerate " + channel + " on " + Thread.currentThread().getName());
            }

            @Override
            public void approve(Path s, Path out, String id, IProgressMonitor m) {
                calls.add("approve " + id);
            }
        });
        PreviewPanel panel = open();
        BuiltAsset v2 = panel.output().byChannel().get("email.welcome").get(1);
        panel.tree().setSelection(new StructuredSelection(v2), true);
        Ui.flush();
        PreviewPanels.click(panel, "Regenerate channel");
        panel.lastJob().join(10_000, null);
        PreviewPanels.click(panel, "Approve variant");
        panel.lastJob().join(10_000, null);
        Ui.waitUntil("both calls", Duration.ofSeconds(10), () -> calls.size() == 2);
        assertTrue(calls.get(0).startsWith("regenerate email.welcome on "), calls.get(0));
        assertTrue(!calls.get(0).endsWith(" main"), "not on the UI thread: " + calls.get(0));
        assertEquals("approve spring_launch/email.welcome/commuters/cold_brew/v2", calls.get(1));
    }

    @Test
    void says_so_when_there_is_no_build_output_yet() {
        shell.setLayout(new FillLayout());
        PreviewPanel panel = new PreviewPanel(shell);
        panel.show(spec, folder.resolveSibling("nothing_here"));
        assertTrue(panel.heading().startsWith("No build output for spring-launch.campaign yet"), panel.heading());
        assertEquals(0, panel.tree().getTree().getItemCount());
    }
}
