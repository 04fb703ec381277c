package io.copydeck.eclipse.language;

import io.copydeck.grammar.CampaignLexer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * What the caret stands in, read from the tokens before it. The syntax tree cannot say this while
 * the user is half-way through a line (the text does not parse yet), the lexer always can.
 */
public final class CaretContext {
    public enum Position { MEMBER_START, VALUE, CHANNEL_KIND, OTHER }

    /** A block that is open at the caret: its kind and labels. */
    public record OpenBlock(String kind, List<String> labels) {}

    public final Deque<OpenBlock> open = new ArrayDeque<>();
    public Position position = Position.MEMBER_START;
    /** The property key when {@link #position} is VALUE. */
    public String key;
    /** The identifier typed just before the caret, which proposals replace. */
    public String prefix = "";

    public static CaretContext at(String text, int caret) {
        CaretContext c = new CaretContext();
        int start = caret;
        while (start > 0 && isIdentPart(text.charAt(start - 1))) start--;
        c.prefix = text.substring(start, caret);
        c.scan(text.substring(0, start));
        return c;
    }

    public String blockKind() {
        return open.isEmpty() ? io.copydeck.dsl.schema.Schema.FILE : open.peek().kind();
    }

    /** The channel kind of the innermost enclosing channel block (for `limits { }`), or null. */
    public String enclosingChannelKind() {
        for (OpenBlock b : open) {
            if (b.kind().equals("channel") && !b.labels().isEmpty()) return b.labels().get(0);
        }
        return null;
    }

    private void scan(String before) {
        CampaignLexer lexer = new CampaignLexer(CharStreams.fromString(before));
        lexer.removeErrorListeners();
        List<String> names = new ArrayList<>();
        Token previous = null;
        for (Token t : lexer.getAllTokens()) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            int type = t.getType();
            if (position == Position.VALUE && previous != null && t.getLine() > previous.getLine()
                    && previous.getType() != CampaignLexer.COMMA && previous.getType() != CampaignLexer.COLON
                    && type != CampaignLexer.COMMA) {
                // A value list ends at a line break unless a comma continues it.
                position = Position.MEMBER_START;
                names.clear();
            }
            switch (type) {
                case CampaignLexer.LBRACE -> {
                    if (!names.isEmpty()) open.push(new OpenBlock(names.get(0), List.copyOf(names.subList(1, names.size()))));
                    else open.push(new OpenBlock("?", List.of()));
                    names.clear();
                    position = Position.MEMBER_START;
                }
                case CampaignLexer.RBRACE -> {
                    if (!open.isEmpty()) open.pop();
                    names.clear();
                    position = Position.MEMBER_START;
                }
                case CampaignLexer.SEMI -> { names.clear(); position = Position.MEMBER_START; }
                case CampaignLexer.COLON -> {
                    key = names.isEmpty() ? null : names.get(names.size() - 1);
                    names.clear();
                    position = Position.VALUE;
                }
                case CampaignLexer.COMMA -> {
                    // `limits { subject: 60 chars, body: ... }`: a comma may also end a property; the
                    // next token decides, and a value position is the safe guess for completion.
                }
                case CampaignLexer.IDENT, CampaignLexer.X, CampaignLexer.IMPORT -> {
                    if (position != Position.VALUE) { names.add(t.getText()); position = Position.OTHER; }
                }
                default -> {
                    // Outside a value, only `import "path"` puts a string after names: it ends there.
                    if (position != Position.VALUE) { names.clear(); position = Position.OTHER; }
                }
            }
            previous = t;
        }
        if (previous == null) return;
        boolean newLine = before.substring(previous.getStopIndex() + 1).contains("\n");
        boolean afterSpace = previous.getStopIndex() + 1 < before.length();
        if (position == Position.VALUE && previous.getType() != CampaignLexer.COLON
                && previous.getType() != CampaignLexer.COMMA) {
            // After a complete value: a new member on the next line; a unit (or nothing) on the same one.
            position = newLine ? Position.MEMBER_START : Position.OTHER;
        }
        if (position == Position.OTHER && names.equals(List.of("channel")) && afterSpace && !newLine) {
            position = Position.CHANNEL_KIND;
        }
    }

    static boolean isIdentPart(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_';
    }
}
