package io.copydeck.eclipse.editor;

import io.copydeck.eclipse.language.SpecSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.eclipse.jface.text.IDocument;

/**
 * The latest check of the editor's text, shared by completion, hover and navigation. When the
 * text has moved on since, a fresh snapshot is taken: the checker is fast on a spec.
 */
public final class SnapshotHolder implements SnapshotListener {
    private final Supplier<Path> path;
    private final List<SnapshotListener> listeners = new CopyOnWriteArrayList<>();
    private volatile SpecSnapshot latest;

    public SnapshotHolder(Supplier<Path> path) { this.path = path; }

    public Path path() { return path.get(); }

    @Override
    public void checked(SpecSnapshot snapshot) {
        latest = snapshot;
        listeners.forEach(l -> l.checked(snapshot));
    }

    public void addListener(SnapshotListener l) { listeners.add(l); }

    public SpecSnapshot latest() { return latest; }

    /** A snapshot of exactly the document's current text. */
    public SpecSnapshot current(IDocument document) {
        SpecSnapshot s = latest;
        String text = document.get();
        if (s != null && s.text().equals(text)) return s;
        return path.get() == null ? null : SpecSnapshot.of(path.get(), text);
    }
}
