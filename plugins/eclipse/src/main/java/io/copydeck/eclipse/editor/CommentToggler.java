package io.copydeck.eclipse.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;

/** Ctrl+/: comments the selected lines out with `// `, or back in when every one is commented. */
public final class CommentToggler {
    private CommentToggler() {}

    public static void toggle(IDocument document, int offset, int length) throws BadLocationException {
        int first = document.getLineOfOffset(offset);
        int last = document.getLineOfOffset(offset + length);
        if (last > first && document.getLineOffset(last) == offset + length) last--; // selection ends at a line start
        boolean allCommented = true;
        for (int line = first; line <= last; line++) {
            String text = lineText(document, line);
            if (!text.isBlank() && !text.stripLeading().startsWith("//")) allCommented = false;
        }
        for (int line = last; line >= first; line--) {
            IRegion r = document.getLineInformation(line);
            String text = lineText(document, line);
            if (allCommented) {
                int at = text.indexOf("//");
                if (at < 0) continue;
                int count = text.startsWith("// ", at) ? 3 : 2;
                document.replace(r.getOffset() + at, count, "");
            } else if (!text.isBlank()) {
                document.replace(r.getOffset(), 0, "// ");
            }
        }
    }

    private static String lineText(IDocument document, int line) throws BadLocationException {
        IRegion r = document.getLineInformation(line);
        return document.get(r.getOffset(), r.getLength());
    }
}
