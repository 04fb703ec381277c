package io.copydeck.eclipse.preview;

import java.nio.file.Path;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * What the preview's actions ask of the build pipeline: {@link CliAssetPipeline} runs the `copydeck`
 * command (see {@link AssetPipelines}). Both methods run inside an Eclipse Job, never on the UI
 * thread, and should poll the monitor for cancel.
 */
public interface AssetPipeline {
    /**
     * Writes fresh copy for one channel ({@code channelKey} `kind.name`) of the spec into the output
     * folder, keeping the other channels and approved assets as they are; a null channel builds the
     * spec as it stands (the builder's build of a spec).
     */
    void regenerate(Path spec, Path outputFolder, String channelKey, IProgressMonitor monitor) throws Exception;

    /** Records the editor's approval of one asset variant (in `copydeck.lock` beside the spec); the outputs then show it approved. */
    void approve(Path spec, Path outputFolder, String assetId, IProgressMonitor monitor) throws Exception;
}
