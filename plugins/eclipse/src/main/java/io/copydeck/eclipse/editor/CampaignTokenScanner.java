package io.copydeck.eclipse.editor;

import io.copydeck.eclipse.language.ClassifiedToken;
import io.copydeck.eclipse.language.TokenClassifier;
import java.util.List;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/**
 * Serves the lexer's tokens to JFace's presentation reconciler. The lexer cannot start in the
 * middle of a text block or comment, so the whole document is lexed (specs are small) and only
 * the tokens of the requested range are handed out.
 */
final class CampaignTokenScanner implements ITokenScanner {
    private List<ClassifiedToken> tokens = List.of();
    private int index;
    private int rangeEnd;
    private int gapStart;
    private ClassifiedToken current;
    private int currentStart;
    private int currentEnd;

    @Override
    public void setRange(IDocument document, int offset, int length) {
        tokens = TokenClassifier.classify(document.get());
        rangeEnd = offset + length;
        index = 0;
        while (index < tokens.size() && tokens.get(index).end() <= offset) index++;
        gapStart = offset;
    }

    @Override
    public IToken nextToken() {
        if (gapStart >= rangeEnd) return Token.EOF;
        if (index < tokens.size() && tokens.get(index).start() <= gapStart) {
            current = tokens.get(index++);
            currentStart = Math.max(current.start(), gapStart);
            currentEnd = Math.min(current.end(), rangeEnd);
            gapStart = currentEnd;
            return new Token(CampaignColours.of(current.kind()));
        }
        // Whitespace between tokens, up to the next token or the range's end.
        currentStart = gapStart;
        currentEnd = index < tokens.size() ? Math.min(tokens.get(index).start(), rangeEnd) : rangeEnd;
        gapStart = currentEnd;
        return Token.WHITESPACE;
    }

    @Override
    public int getTokenOffset() { return currentStart; }

    @Override
    public int getTokenLength() { return currentEnd - currentStart; }
}
