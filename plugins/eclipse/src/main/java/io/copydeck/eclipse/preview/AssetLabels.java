package io.copydeck.eclipse.preview;

import io.copydeck.compiler.output.BuiltAsset;
/** Column texts of the asset tree: name, status, and the constraint badge. */
final class AssetLabels {
    private AssetLabels() {}

    static String name(Object element) {
        if (element instanceof AssetTreeContent.ChannelGroup g) return g.key() + "  (" + g.assets().size() + ")";
        BuiltAsset a = (BuiltAsset) element;
        return a.audience() + " / " + a.product() + " / v" + a.variant();
    }

    static String status(Object element) {
        if (element instanceof AssetTreeContent.ChannelGroup g) {
            long approved = g.assets().stream().filter(a -> a.status().equals("approved")).count();
            return approved == 0 ? "" : approved + " approved";
        }
        return ((BuiltAsset) element).status();
    }

    /** `✓ 3/3` when every constraint holds, `✗ 2/3` otherwise: the badge the copy deck shows. */
    static String badge(Object element) {
        if (!(element instanceof BuiltAsset a) || a.checks().isEmpty()) return "";
        long ok = a.checks().stream().filter(BuiltAsset.Check::ok).count();
        return (ok == a.checks().size() ? "\u2713 " : "\u2717 ") + ok + "/" + a.checks().size();
    }

    /** The selected asset as its channel would show it: each field on its own, then the checks. */
    static String mockUp(BuiltAsset a) {
        StringBuilder out = new StringBuilder();
        out.append(a.kind()).append(" \u00b7 ").append(a.channel()).append(" \u00b7 ").append(a.audience())
                .append(" \u00b7 ").append(a.product()).append(" \u00b7 variant ").append(a.variant())
                .append(" [").append(a.status()).append("]\n\n");
        if (a.error() != null) out.append("FAILED: ").append(a.error()).append("\n\n");
        a.fields().forEach((k, v) -> out.append(k.toUpperCase()).append('\n').append(v).append("\n\n"));
        for (BuiltAsset.Check c : a.checks()) out.append(c.ok() ? "\u2713 " : "\u2717 ").append(c.message()).append('\n');
        return out.toString();
    }
}
