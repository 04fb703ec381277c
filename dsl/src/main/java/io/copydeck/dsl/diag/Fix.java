package io.copydeck.dsl.diag;

import java.util.List;

/** A suggested fix: what the editor offers as a quick fix and `copydeck check` prints. */
public record Fix(String title, List<TextEdit> edits) {
    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix replace(String title, io.copydeck.dsl.source.SourceRange range, String newText) {
        return new Fix(title, List.of(new TextEdit(range, newText)));
    }
}
