package io.copydeck.eclipse.preview;

import java.nio.file.Path;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * What the preview's actions ask of the build pipeline. The plugin does not know how assets are
 * generated; the lead wires `copydeck build` in here (see {@link AssetPipelines#set}).
 * Both methods run inside an Eclipse Job, never on the UI thread, and should poll the monitor for cancel.
 */
public interface AssetPipeline {
    /**
     * Generates the assets of one channel ({@code channelKey} `kind.name`) of the spec again, into the
     * output folder; a null channel means every channel (the builder's full build of a spec).
     */
    void regenerate(Path spec, Path outputFolder, String channelKey, IProgressMonitor monitor) throws Exception;

    /** Records the editor's approval of one asset variant (writes `copydeck.lock` beside the spec). */
    void approve(Path spec, Path outputFolder, String assetId, IProgressMonitor monitor) throws Exception;
}
