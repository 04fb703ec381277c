package io.copydeck.eclipse.preview;

import java.util.List;
import java.util.Map;

/** One generated asset, as `assets/<file>.json` describes it (docs/outputs.md). */
public record Asset(String id, String channel, String kind, String audience, String product, int variant,
                    Map<String, String> fields, String status, List<Check> checks, String error) {

    /** A constraint the asset was checked against: shown as a badge. */
    public record Check(String rule, boolean ok) {}

    public boolean allChecksPass() {
        return checks.stream().allMatch(Check::ok);
    }

    /** `kind.channel`, the group the copy deck shows the asset under. */
    public String channelKey() {
        return kind + "." + channel;
    }
}
