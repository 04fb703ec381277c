package io.copydeck.eclipse.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copydeck.compiler.output.BuildOutput;
import io.copydeck.compiler.output.BuiltAsset;
import io.copydeck.eclipse.CliLauncher;
import io.copydeck.eclipse.Fixtures;
import io.copydeck.eclipse.Ui;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's actions through the real `copydeck` CLI and the shipped model, on a spec of three
 * assets: a build, Regenerate channel and Approve variant as the buttons run them (Eclipse Jobs).
 */
class CliAssetPipelineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration BUILD = Duration.ofMinutes(3);

    @TempDir
    Path dir;
    private final Shell shell = Ui.shell();

    @AfterEach
    void close() {
        AssetPipelines.set(new AssetPipelines.NotWired());
        shell.dispose();
    }

    @Test
    void builds_regenerates_one_channel_and_approves_a_variant_through_the_cli() throws Exception {
        Path spec = dir.resolve("spring-launch.campaign");
        Files.copy(Fixtures.springFixture(), spec);
        Path folder = OutputFolders.forSpec(spec, "spring_launch");
        CliAssetPipeline cli = new CliAssetPipeline(CliLauncher.write(dir.resolve("bin")));
        AssetPipelines.set(cli);

        long start = System.nanoTime();
        cli.regenerate(spec, folder, null, new NullProgressMonitor()); // what the builder runs for a spec
        System.out.printf("CliAssetPipelineTest: copydeck build took %.1f s%n", (System.nanoTime() - start) / 1e9);
        PreviewPanel panel = PreviewPanels.open(shell, spec, folder);
        assertEquals("Spring Launch 2027 \u2014 3 assets in 2 channels", panel.heading());
        assertEquals(List.of("email.welcome  (2)", "sms  (1)"),
                Arrays.stream(panel.tree().getTree().getItems()).map(i -> i.getText(0)).toList());
        BuiltAsset v1 = panel.output().byChannel().get("email.welcome").get(0);
        BuiltAsset v2 = panel.output().byChannel().get("email.welcome").get(1);
        BuiltAsset sms = panel.output().byChannel().get("sms").get(0);
        assertEquals("generated", v2.status());
        assertTrue(v2.allChecksPass(), "the shipped model meets the constraints: " + v2.checks());
        byte[] smsFile = Files.readAllBytes(assetJson(folder, sms.id()));

        panel.tree().setSelection(new StructuredSelection(v2), true);
        runAndWait(panel, "Regenerate channel");
        BuiltAsset v2Again = panel.output().byChannel().get("email.welcome").get(1);
        assertNotEquals(v2.fields(), v2Again.fields(), "fresh copy for the channel");
        assertTrue(Arrays.equals(smsFile, Files.readAllBytes(assetJson(folder, sms.id()))), "sms is untouched");
        JsonNode lock = JSON.readTree(spec.resolveSibling("copydeck.lock").toFile());
        assertEquals(1, lock.at("/takes/email.welcome").asInt(), "the take is kept: " + lock);

        panel.tree().setSelection(new StructuredSelection(panel.output().byChannel().get("email.welcome").get(0)), true);
        runAndWait(panel, "Approve variant");
        lock = JSON.readTree(spec.resolveSibling("copydeck.lock").toFile());
        BuiltAsset approved = panel.output().byChannel().get("email.welcome").get(0);
        assertEquals(approved.fields().get("subject"), lock.at("/approved/" + v1.id().replace("/", "~1") + "/fields/subject")
                .asText(), "copydeck.lock holds the approved text: " + lock);
        TreeItem email = panel.tree().getTree().getItem(0);
        assertEquals("1 approved", email.getText(1));
        assertEquals("approved", email.getItem(0).getText(1));
    }

    /** Clicks the button, waits for its Job and for the panel to read the folder again. */
    private static void runAndWait(PreviewPanel panel, String label) {
        Ui.flush();
        BuildOutput before = panel.output();
        PreviewPanels.click(panel, label);
        Job job = panel.lastJob();
        Ui.waitUntil(label, BUILD, () -> job.getResult() != null && panel.output() != before);
        assertTrue(job.getResult().isOK(), label + ": " + job.getResult());
    }

    private static Path assetJson(Path folder, String id) {
        return folder.resolve("assets").resolve(id.replace("/", "__") + ".json");
    }
}
