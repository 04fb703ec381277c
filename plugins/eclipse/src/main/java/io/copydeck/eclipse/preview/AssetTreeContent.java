package io.copydeck.eclipse.preview;

import io.copydeck.compiler.output.BuildOutput;
import io.copydeck.compiler.output.BuiltAsset;
import java.util.List;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** Channels at the top, their assets (every audience, product and variant) below. */
final class AssetTreeContent implements ITreeContentProvider {
    /** A channel group row. */
    record ChannelGroup(String key, List<BuiltAsset> assets) {}

    @Override
    public Object[] getElements(Object input) {
        if (!(input instanceof BuildOutput output)) return new Object[0];
        return output.byChannel().entrySet().stream().map(e -> new ChannelGroup(e.getKey(), e.getValue())).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        return parent instanceof ChannelGroup g ? g.assets().toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) { return null; }

    @Override
    public boolean hasChildren(Object element) { return element instanceof ChannelGroup; }
}
