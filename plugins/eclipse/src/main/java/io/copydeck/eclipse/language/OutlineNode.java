package io.copydeck.eclipse.language;

import io.copydeck.dsl.source.SourceRange;
import io.copydeck.dsl.syntax.Syntax;
import java.util.ArrayList;
import java.util.List;

/** One row of the outline: an import or a block, with its nested blocks. */
public record OutlineNode(String kind, String label, SourceRange range, List<OutlineNode> children) {

    public static List<OutlineNode> of(Syntax.File file) {
        return nodes(file.members());
    }

    private static List<OutlineNode> nodes(List<Syntax.Member> members) {
        List<OutlineNode> out = new ArrayList<>();
        for (Syntax.Member m : members) {
            if (m instanceof Syntax.Import i) {
                out.add(new OutlineNode("import", "import " + i.path().raw(), i.range(), List.of()));
            } else if (m instanceof Syntax.Block b) {
                StringBuilder label = new StringBuilder(b.kind().text());
                for (Syntax.Word w : b.labels()) label.append(' ').append(w.text());
                out.add(new OutlineNode(b.kind().text(), label.toString(), b.range(), nodes(b.members())));
            }
        }
        return List.copyOf(out);
    }
}
