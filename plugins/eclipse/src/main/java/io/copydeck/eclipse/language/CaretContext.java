package io.copydeck.eclipse.language;

import io.copydeck.grammar.CampaignLexer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * What the caret stands in, read from the tokens before it. The syntax tree cannot say this while
 * the user is half-way through a line (the text does not parse yet), the lexer always can.
 */
public final class CaretContext {
    public enum Position { MEMBER_START, VALUE, CHANNEL_KIND, OTHER }

    /**
     * A block that is open at the caret: its kind and labels, and the property keys and block kinds
     * it already holds before the caret (so that completion leaves out what may not come twice).
     */
    public record OpenBlock(String kind, List<String> labels, Set<String> keys, Set<String> blocks) {
        OpenBlock(String kind, List<String> labels) {
            this(kind, labels, new HashSet<>(), new HashSet<>());
        }
    }

    /** The file's top level, which holds blocks like any other. */
    private final OpenBlock file = new OpenBlock(io.copydeck.dsl.schema.Schema.FILE, List.of());

    public final Deque<OpenBlock> open = new ArrayDeque<>();
    public Position position = Position.MEMBER_START;
    /** The property key when {@link #position} is VALUE. */
    public String key;
    /** True when the caret follows a comma: a further value, or (`limits { a: 1 chars, b: ... }`) a property. */
    public boolean afterComma;
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
        return current().kind();
    }

    /** The innermost open block, or the file's top level. */
    public OpenBlock current() {
        return open.isEmpty() ? file : open.peek();
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
                    String kind = names.isEmpty() ? "?" : names.get(0);
                    current().blocks().add(kind);
                    open.push(new OpenBlock(kind, names.isEmpty() ? List.of() : List.copyOf(names.subList(1, names.size()))));
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
                    if (key != null) current().keys().add(key);
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
        afterComma = previous.getType() == CampaignLexer.COMMA;
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
