package io.copydeck.eclipse.preview;

import java.nio.file.Path;
import java.util.Objects;
import org.eclipse.core.runtime.IProgressMonitor;

/** The pipeline the preview uses: one that says it is not wired yet, until someone sets a real one. */
public final class AssetPipelines {
    /** The `copydeck` CLI when one can be found (see {@link CliAssetPipeline#locate}), else a pipeline that says how to set one. */
    private static volatile AssetPipeline current = CliAssetPipeline.locate()
            .<AssetPipeline>map(CliAssetPipeline::new).orElseGet(NotWired::new);

    private AssetPipelines() {}

    public static AssetPipeline get() { return current; }

    public static void set(AssetPipeline pipeline) { current = Objects.requireNonNull(pipeline); }

    static final class NotWired implements AssetPipeline {
        @Override
        public void regenerate(Path spec, Path outputFolder, String channelKey, IProgressMonitor monitor) {
            throw new UnsupportedOperationException("regenerating runs the `copydeck` command, which was not found: "
                    + "put it on the PATH or set COPYDECK_CLI (or -Dcopydeck.cli) to the launcher in your checkout");
        }

        @Override
        public void approve(Path spec, Path outputFolder, String assetId, IProgressMonitor monitor) {
            throw new UnsupportedOperationException("approving runs `copydeck approve`, which was not found: "
                    + "put it on the PATH or set COPYDECK_CLI (or -Dcopydeck.cli)");
        }
    }
}
