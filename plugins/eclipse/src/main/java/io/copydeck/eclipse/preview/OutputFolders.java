package io.copydeck.eclipse.preview;

import java.nio.file.Path;

/** Where `copydeck build` puts a spec's outputs by default: `build/copydeck/<campaign>/` beside the spec. */
public final class OutputFolders {
    private OutputFolders() {}

    public static Path forSpec(Path spec, String campaignId) {
        return spec.toAbsolutePath().getParent().resolve("build").resolve("copydeck")
                .resolve(campaignId == null ? "campaign" : campaignId);
    }
}
