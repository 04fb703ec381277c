package io.copydeck.eclipse.editor;

import io.copydeck.eclipse.language.SpecSnapshot;

/** Told (on the reconciler's thread) each time the text has been checked again. */
public interface SnapshotListener {
    void checked(SpecSnapshot snapshot);
}
