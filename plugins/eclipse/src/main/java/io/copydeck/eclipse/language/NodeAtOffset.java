package io.copydeck.eclipse.language;

import io.copydeck.dsl.source.SourceRange;
import io.copydeck.dsl.syntax.Syntax;
import java.util.ArrayList;
import java.util.List;

/** Finds what of the syntax tree lies under a caret: the enclosing blocks, and the word or value there. */
public final class NodeAtOffset {
    /** The blocks enclosing the offset, outermost first. */
    public final List<Syntax.Block> blocks = new ArrayList<>();
    /** The property whose key or values hold the offset, if any. */
    public Syntax.Property property;
    /** The identifier or value under the offset, if any. */
    public Syntax.Word word;
    public Syntax.Value value;

    private NodeAtOffset() {}

    public static NodeAtOffset find(Syntax.File file, int offset) {
        NodeAtOffset at = new NodeAtOffset();
        at.visit(file.members(), offset);
        return at;
    }

    public Syntax.Block innermostBlock() {
        return blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
    }

    private void visit(List<Syntax.Member> members, int offset) {
        for (Syntax.Member m : members) {
            if (!contains(m.range(), offset)) continue;
            if (m instanceof Syntax.Block b) {
                if (contains(b.kind().range(), offset)) { word = b.kind(); blocks.add(b); return; }
                for (Syntax.Word label : b.labels()) {
                    if (contains(label.range(), offset)) { word = label; blocks.add(b); return; }
                }
                blocks.add(b);
                visit(b.members(), offset);
                return;
            }
            if (m instanceof Syntax.Property p) {
                property = p;
                if (contains(p.key().range(), offset)) { word = p.key(); return; }
                for (Syntax.Value v : p.values()) {
                    if (contains(v.range(), offset)) {
                        value = v instanceof Syntax.Quantity q && contains(q.item().range(), offset) ? q.item() : v;
                        return;
                    }
                }
                return;
            }
        }
    }

    /** Inclusive of the end, so that a caret just after a word still finds it. */
    static boolean contains(SourceRange r, int offset) {
        return r != null && offset >= r.startOffset() && offset <= r.endOffset();
    }
}
