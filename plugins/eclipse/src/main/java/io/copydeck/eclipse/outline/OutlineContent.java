package io.copydeck.eclipse.outline;

import io.copydeck.eclipse.language.OutlineNode;
import java.util.List;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;

/** The outline tree: imports and blocks, nested as in the file. */
public final class OutlineContent implements ITreeContentProvider {
    @Override
    @SuppressWarnings("unchecked")
    public Object[] getElements(Object input) {
        return input instanceof List<?> nodes ? nodes.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        return ((OutlineNode) parent).children().toArray();
    }

    @Override
    public Object getParent(Object element) { return null; }

    @Override
    public boolean hasChildren(Object element) { return !((OutlineNode) element).children().isEmpty(); }

    /** Rows read like the file: `channel email winback`. */
    public static final class Labels extends LabelProvider {
        @Override
        public String getText(Object element) { return ((OutlineNode) element).label(); }
    }
}
