package io.copydeck.eclipse.language;

import io.copydeck.dsl.check.References;
import io.copydeck.dsl.schema.RefKind;
import io.copydeck.dsl.source.SourceRange;
import io.copydeck.dsl.syntax.Syntax;
import java.util.EnumSet;
import java.util.Optional;

/** Go to definition: the declaration a name under the caret refers to, possibly in an imported file. */
public final class Definitions {
    private Definitions() {}

    /** The reference under the caret and the range of its declaration. */
    public record Link(SourceRange reference, SourceRange declaration) {}

    public static Optional<Link> at(SpecSnapshot snapshot, int offset) {
        NodeAtOffset at = NodeAtOffset.find(snapshot.rootFile(), offset);
        if (!(at.value instanceof Syntax.Name name)) return Optional.empty();
        References refs = snapshot.result().references();
        return refs.find(name.name(), EnumSet.allOf(RefKind.class)).map(d -> new Link(name.range(), d.range()));
    }
}
