package io.copydeck.dsl.syntax;

import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.diag.Fix;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.source.SourceRange;
import io.copydeck.grammar.CampaignLexer;
import io.copydeck.grammar.CampaignParser;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Source text to syntax tree. Never throws on bad input: lexical and syntax problems become
 * diagnostics, and ANTLR's recovery lets later errors be reported too.
 */
public final class SyntaxParser {
    /** After this many syntax errors in one file, the rest are noise. */
    private static final int MAX_SYNTAX_ERRORS = 50;
    private static final int COMMENTS = 2;
    /** Longest plain number offered as the fix for an exponent; anything longer is no price, count or limit. */
    private static final int PLAIN_DIGITS = 15;

    private final SourceFile source;
    private final CodePointOffsets offsets;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Syntax.Comment> comments = new ArrayList<>();

    private SyntaxParser(SourceFile source) {
        this.source = source;
        this.offsets = new CodePointOffsets(source.text());
    }

    public static Syntax.File parse(SourceFile source) {
        return new SyntaxParser(source).parseFile();
    }

    private Syntax.File parseFile() {
        List<Token> tokens = withinNestingLimit(lex());
        CampaignParser.FileContext tree = parseWithRecovery(tokens);
        List<Syntax.Member> members = new ArrayList<>();
        for (CampaignParser.MemberContext m : tree.member()) {
            Syntax.Member member = member(m);
            if (member != null) members.add(member);
        }
        return new Syntax.File(source, members, comments, diagnostics);
    }

    /**
     * Full LL prediction with recovery, so that every syntax error is reported in words. (SLL
     * first, with LL only after an error, was measured on the 50,000-line bench spec: no gain.)
     */
    private CampaignParser.FileContext parseWithRecovery(List<Token> tokens) {
        CampaignParser parser = new CampaignParser(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.removeErrorListeners();
        parser.addErrorListener(new SyntaxErrorListener());
        return parser.file();
    }

    /** Lexes everything first, so that bad characters and unclosed strings are reported once, in words. */
    private List<Token> lex() {
        CampaignLexer lexer = new CampaignLexer(CharStreams.fromString(source.text(), source.displayName()));
        lexer.removeErrorListeners();
        List<Token> tokens = new ArrayList<>();
        for (Token t : lexer.getAllTokens()) {
            CommonToken token = (CommonToken) t;
            switch (token.getType()) {
                case CampaignLexer.ERROR_CHAR -> {
                    report(Code.E004, "unexpected character " + printable(token.getText())
                            + "; text belongs in quotes, like \"...\"", range(token));
                    continue;
                }
                case CampaignLexer.UNTERMINATED_STRING -> {
                    report(Code.E002, "this string is never closed: add a `\"` before the end of the line", range(token));
                    token.setType(CampaignLexer.STRING);
                }
                case CampaignLexer.UNTERMINATED_TEXT_BLOCK -> {
                    report(Code.E002, "this text block is never closed: add `\"\"\"` after its last line", range(token));
                    token.setType(CampaignLexer.TEXT_BLOCK);
                }
                case CampaignLexer.UNTERMINATED_COMMENT ->
                    report(Code.E002, "this comment is never closed: add `*/` where it should end", range(token));
                default -> { }
            }
            if (token.getChannel() == COMMENTS) {
                comments.add(new Syntax.Comment(token.getText(), range(token)));
            } else {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** Drops everything from the first `{` nested too deep for the parser's stack, and says so. */
    private List<Token> withinNestingLimit(List<Token> tokens) {
        int tooDeep = NestingLimit.firstTooDeep(tokens);
        if (tooDeep < 0) return tokens;
        report(Code.E001, "blocks are nested more than " + NestingLimit.MAX_DEPTH + " deep here; the rest of the"
                + " file is not read. Close the blocks above with `}`", range(tokens.get(tooDeep)));
        return new ArrayList<>(tokens.subList(0, tooDeep));
    }

    private static String printable(String text) {
        int cp = text.codePointAt(0);
        if (cp < 0x20 || cp == 0x7f || Character.isISOControl(cp)) return String.format("U+%04X", cp);
        if (cp == 0xFFFD) return "U+FFFD (the replacement character: this file may not be UTF-8)";
        return "'" + text + "'";
    }

    // ---- syntax tree from the parse tree ----------------------------------------------

    private Syntax.Member member(CampaignParser.MemberContext m) {
        if (m.importDecl() != null) return importDecl(m.importDecl());
        if (m.block() != null) return block(m.block());
        if (m.property() != null) return property(m.property());
        return null;
    }

    private Syntax.Member importDecl(CampaignParser.ImportDeclContext ctx) {
        if (ctx.STRING() == null || ctx.STRING().getSymbol().getTokenIndex() < 0) return null;
        return new Syntax.Import(string(ctx.STRING().getSymbol()), range(ctx));
    }

    private Syntax.Member block(CampaignParser.BlockContext ctx) {
        List<CampaignParser.NameContext> names = ctx.name();
        if (names.isEmpty()) return null;
        Syntax.Word kind = word(names.get(0));
        List<Syntax.Word> labels = new ArrayList<>();
        for (int i = 1; i < names.size(); i++) labels.add(word(names.get(i)));
        List<Syntax.Member> members = new ArrayList<>();
        for (CampaignParser.MemberContext m : ctx.member()) {
            Syntax.Member member = member(m);
            if (member != null) members.add(member);
        }
        Token close = ctx.RBRACE() != null && ctx.RBRACE().getSymbol().getTokenIndex() >= 0
                ? ctx.RBRACE().getSymbol() : ctx.getStop();
        return new Syntax.Block(kind, labels, members, range(ctx), range(close));
    }

    private Syntax.Member property(CampaignParser.PropertyContext ctx) {
        if (ctx.name() == null) return null;
        List<Syntax.Value> values = new ArrayList<>();
        if (ctx.valueList() != null) {
            for (CampaignParser.ValueContext v : ctx.valueList().value()) {
                Syntax.Value value = value(v);
                if (value != null) values.add(value);
            }
        }
        SourceRange range = values.isEmpty() ? range(ctx)
                : range(ctx.name().getStart()).to(values.get(values.size() - 1).range());
        return new Syntax.Property(word(ctx.name()), values, range);
    }

    /**
     * Ranges are built from the value's own tokens, not from the rule context: after an error,
     * ANTLR's recovery may have swallowed a stray token (`price: : 20%`) into the context.
     */
    private Syntax.Value value(CampaignParser.ValueContext ctx) {
        if (ctx.exception != null && ctx.getStop() == null) return null;
        if (ctx instanceof CampaignParser.StringValueContext s) return string(s.STRING().getSymbol());
        if (ctx instanceof CampaignParser.TextValueContext t) return textBlock(t.TEXT_BLOCK().getSymbol());
        if (ctx instanceof CampaignParser.DateValueContext d) {
            Syntax.Date from = date(d.DATE(0).getSymbol());
            if (d.DATE().size() < 2 || conjured(d.DATE(1))) return from;
            Syntax.Date to = date(d.DATE(1).getSymbol());
            return new Syntax.DateRange(from, to, from.range().to(to.range()));
        }
        if (ctx instanceof CampaignParser.NumberRangeContext r) {
            if (r.NUMBER().size() < 2 || conjured(r.NUMBER(1))) return null;
            Syntax.Num from = number(r.NUMBER(0).getSymbol(), null);
            Syntax.Num to = number(r.NUMBER(1).getSymbol(), null);
            if (from == null || to == null) return null;
            return new Syntax.NumRange(from, to, from.range().to(to.range()));
        }
        if (ctx instanceof CampaignParser.NumberValueContext n) {
            Syntax.Word unit = n.name() == null ? null : word(n.name());
            return number(n.NUMBER().getSymbol(), unit);
        }
        if (ctx instanceof CampaignParser.PercentValueContext p) {
            String raw = p.PERCENT().getText();
            return new Syntax.Percent(new BigDecimal(raw.substring(0, raw.length() - 1)), raw,
                    range(p.PERCENT().getSymbol()));
        }
        if (ctx instanceof CampaignParser.QuantityValueContext q) {
            if (q.NUMBER() == null || conjured(q.NUMBER())) return null;
            Syntax.Word item = word(q.name());
            Syntax.Num count = number(q.NUMBER().getSymbol(), null);
            if (count == null) return null;
            return new Syntax.Quantity(new Syntax.Name(item.text(), item.range()), count,
                    item.range().to(count.range()));
        }
        if (ctx instanceof CampaignParser.NameValueContext n) {
            Syntax.Word w = word(n.name());
            return new Syntax.Name(w.text(), w.range());
        }
        return null;
    }

    /**
     * ANTLR's recovery inserts a made-up token (text `<missing DATE>`, no position) where one is
     * missing, and the tree returns it like a real one. The error is already reported; its text
     * must not be read as a value.
     */
    private static boolean conjured(TerminalNode node) {
        return node.getSymbol().getTokenIndex() < 0;
    }

    /** The number, or null (reported) when it is written with an exponent, which the language has not. */
    private Syntax.Num number(Token token, Syntax.Word unit) {
        String raw = token.getText();
        if (raw.indexOf('e') >= 0 || raw.indexOf('E') >= 0) {
            exponent(raw, range(token));
            return null;
        }
        SourceRange range = unit == null ? range(token) : range(token).to(unit.range());
        return new Syntax.Num(new BigDecimal(raw), raw, unit, range);
    }

    /**
     * `1e3` gets its plain digits as the fix; `1e309` (which a double cannot hold, and no amount
     * needs) is reported as too large, `1e-400` as too small, by how many digits it would take.
     */
    private void exponent(String raw, SourceRange range) {
        BigDecimal value;
        try {
            value = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            value = null;   // an exponent past what BigDecimal holds: as too large as it gets
        }
        String plain = value == null ? null : value.stripTrailingZeros().toPlainString();
        if (plain != null && plain.replace(".", "").length() <= PLAIN_DIGITS) {
            diagnostics.add(new Diagnostic(Code.E103, "`" + raw + "` is written with an exponent; numbers are written"
                    + " in plain digits: `" + plain + "`", range,
                    Fix.replace("Write `" + plain + "`", range, plain)));
            return;
        }
        boolean small = value != null && value.abs().compareTo(BigDecimal.ONE) < 0;
        String written = value == null ? "it has more digits than a number can hold"
                : "written out, it has " + (small ? value.stripTrailingZeros().scale() + " decimal places"
                : (value.precision() - value.scale()) + " digits");
        report(Code.E112, "`" + raw + "` is too " + (small ? "small" : "large") + " to be a number here (" + written
                + "); numbers are written in plain digits, like `3.49` or `1200`, and no price, count or limit"
                + " needs more than " + PLAIN_DIGITS + " of them", range);
    }

    private Syntax.Date date(Token token) {
        String raw = token.getText();
        LocalDate date = null;
        int year = Integer.parseInt(raw.substring(0, 4));
        int month = Integer.parseInt(raw.substring(5, 7));
        int day = Integer.parseInt(raw.substring(8, 10));
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            String why = month < 1 || month > 12 ? "there is no month " + month
                    : java.time.YearMonth.of(year, month).getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.ENGLISH) + " " + year + " has " + java.time.YearMonth.of(year, month).lengthOfMonth()
                    + " days";
            report(Code.E005, raw + " is not a date: " + why + "; dates are written year-month-day, like 2027-03-01",
                    range(token));
        }
        return new Syntax.Date(date, raw, range(token));
    }

    private Syntax.Str string(Token token) {
        String raw = token.getText();
        int start = offsets.utf16(token.getStartIndex());
        boolean closed = raw.length() >= 2 && raw.endsWith("\"") && !raw.endsWith("\\\"")
                || raw.endsWith("\\\\\"");
        String body = raw.substring(1, closed ? raw.length() - 1 : raw.length());
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            int at = start + 1 + i;
            char e = i + 1 < body.length() ? body.charAt(i + 1) : ' ';
            switch (e) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    String hex = body.length() >= i + 6 ? body.substring(i + 2, i + 6) : "";
                    if (hex.matches("[0-9A-Fa-f]{4}")) {
                        out.append((char) Integer.parseInt(hex, 16));
                        i += 4;
                    } else {
                        report(Code.E003, "`\\u` must be followed by four hex digits, like \\u00E9",
                                source.range(at, at + 2));
                    }
                }
                default -> report(Code.E003, "unknown escape `\\" + e + "`: use \\\" \\\\ \\n \\t or \\uXXXX"
                        + " (write \\\\ for a backslash)", source.range(at, at + 2));
            }
            i++;
        }
        return new Syntax.Str(out.toString(), raw, false, range(token));
    }

    private Syntax.Str textBlock(Token token) {
        String raw = token.getText();
        String body = raw.length() >= 6 && raw.endsWith("\"\"\"") ? raw.substring(3, raw.length() - 3) : raw.substring(3);
        return new Syntax.Str(TextBlocks.strip(body), raw, true, range(token));
    }

    private Syntax.Word word(CampaignParser.NameContext ctx) {
        return new Syntax.Word(ctx.getText(), range(ctx));
    }

    private SourceRange range(Token token) {
        return source.range(startOffset(token), endOffset(token));
    }

    private SourceRange range(ParserRuleContext ctx) {
        Token stop = ctx.getStop() != null && ctx.getStop().getTokenIndex() >= ctx.getStart().getTokenIndex()
                ? ctx.getStop() : ctx.getStart();
        // The same as range(start).to(range(stop)), without building two ranges to throw away.
        return source.range(Math.min(startOffset(ctx.getStart()), startOffset(stop)),
                Math.max(endOffset(ctx.getStart()), endOffset(stop)));
    }

    /** UTF-16 offset where a token starts; the end of the text for EOF or no token. */
    private int startOffset(Token token) {
        if (token == null || token.getType() == Token.EOF) return source.text().length();
        return clamp(offsets.utf16(token.getStartIndex()));
    }

    /** UTF-16 offset just after a token: its stop is the index of its last code point, maybe a surrogate pair. */
    private int endOffset(Token token) {
        if (token == null || token.getType() == Token.EOF) return source.text().length();
        return Math.max(startOffset(token), clamp(offsets.utf16(token.getStopIndex() + 1)));
    }

    /** As SourceFile.range clamps, so that min/max above compare what range(token) would have used. */
    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, source.text().length()));
    }

    private void report(Code code, String message, SourceRange range) {
        diagnostics.add(new Diagnostic(code, message, range));
    }

    /** Turns ANTLR's messages into "expected X, found Y" in a strategist's words. */
    private final class SyntaxErrorListener extends BaseErrorListener {
        private int count;
        private int lastOffset = -1;

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                                String msg, RecognitionException e) {
            Token token = (Token) offendingSymbol;
            int offset = token == null ? -1 : token.getStartIndex();
            if (offset == lastOffset || ++count > MAX_SYNTAX_ERRORS) return;
            lastOffset = offset;
            // The state's own expectations and the failed decision's, together, read best:
            // `name "P"` then says "expected `:` or `{`", not just "a name".
            IntervalSet expected = new IntervalSet();
            if (e != null && e.getExpectedTokens() != null) expected.addAll(e.getExpectedTokens());
            expected.addAll(((CampaignParser) recognizer).getExpectedTokens());
            String found = token == null || token.getType() == Token.EOF ? "the end of the file"
                    : "`" + token.getText() + "`";
            String message = "expected " + TokenWords.describe(expected) + ", found " + found;
            Token previous = token == null || token.getTokenIndex() <= 0 ? null
                    : ((CampaignParser) recognizer).getTokenStream().get(token.getTokenIndex() - 1);
            if (previous != null && TokenWords.isName(previous.getType()) && TokenWords.isValue(token.getType())) {
                // `name "P"`: the most likely mistake is a forgotten colon.
                message = "expected `:` after `" + previous.getText() + "`, found " + found
                        + "; a property is written `" + previous.getText() + ": value`";
            }
            if (msg.startsWith("missing '}'") || (token != null && token.getType() == Token.EOF
                    && expected.contains(CampaignLexer.RBRACE))) {
                message += "; a block is not closed: add `}`";
            }
            diagnostics.add(new Diagnostic(Code.E001, message, range(token)));
        }
    }
}
