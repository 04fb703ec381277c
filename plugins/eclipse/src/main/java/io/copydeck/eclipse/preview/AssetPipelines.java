package io.copydeck.eclipse.preview;

import java.nio.file.Path;
import java.util.Objects;
import org.eclipse.core.runtime.IProgressMonitor;

/** The pipeline the preview uses: one that says it is not wired yet, until someone sets a real one. */
public final class AssetPipelines {
    private static volatile AssetPipeline current = new NotWired();

    private AssetPipelines() {}

    public static AssetPipeline get() { return current; }

    public static void set(AssetPipeline pipeline) { current = Objects.requireNonNull(pipeline); }

    static final class NotWired implements AssetPipeline {
        @Override
        public void regenerate(Path spec, Path outputFolder, String channelKey, IProgressMonitor monitor) {
            throw new UnsupportedOperationException("regenerating needs `copydeck build`, which is not wired into "
                    + "the plugin yet: run `copydeck build " + spec.getFileName() + "` and refresh");
        }

        @Override
        public void approve(Path spec, Path outputFolder, String assetId, IProgressMonitor monitor) {
            throw new UnsupportedOperationException("approving needs the build pipeline's lock file writer, "
                    + "which is not wired into the plugin yet");
        }
    }
}
