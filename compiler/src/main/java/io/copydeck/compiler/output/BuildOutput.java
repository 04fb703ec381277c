package io.copydeck.compiler.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What `copydeck build` wrote to an output folder: the campaign and its assets, in manifest order. */
public record BuildOutput(Path folder, BuiltCampaign campaign, List<BuiltAsset> assets) {

    /** Whether {@code folder} looks like a build output (it has a manifest.json); the reader says more. */
    public static boolean exists(Path folder) {
        return folder != null && Files.isRegularFile(folder.resolve("manifest.json"));
    }

    /** The assets grouped by {@link BuiltAsset#channelKey()}, channels and assets in manifest order. */
    public Map<String, List<BuiltAsset>> byChannel() {
        Map<String, List<BuiltAsset>> byChannel = new LinkedHashMap<>();
        for (BuiltAsset a : assets) byChannel.computeIfAbsent(a.channelKey(), k -> new ArrayList<>()).add(a);
        byChannel.replaceAll((k, v) -> List.copyOf(v));
        return byChannel;
    }
}
