package io.copydeck.eclipse.editor;

import io.copydeck.dsl.source.SourceRange;

/** Shows a declaration: in the same editor, or in the editor of an imported file. */
public interface DefinitionNavigator {
    void open(SourceRange declaration);
}
