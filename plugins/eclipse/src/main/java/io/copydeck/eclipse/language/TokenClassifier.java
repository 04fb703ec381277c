package io.copydeck.eclipse.language;

import io.copydeck.dsl.schema.Schema;
import io.copydeck.grammar.CampaignLexer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Classifies the whole text with the language's own lexer, so that colouring can never disagree
 * with the parser. Keywords are the names the schema knows as block and channel kinds; a word
 * followed by `:` is a property; a number followed by a currency code is money.
 */
public final class TokenClassifier {
    private static final Set<String> KEYWORDS = keywords();

    private TokenClassifier() {}

    public static List<ClassifiedToken> classify(String text) {
        CampaignLexer lexer = new CampaignLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<Token> tokens = new ArrayList<>();
        for (Token t : lexer.getAllTokens()) tokens.add(t);
        List<ClassifiedToken> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token next = nextVisible(tokens, i);
            out.add(new ClassifiedToken(t.getStartIndex(), t.getStopIndex() + 1, kindOf(t, next, previousVisible(tokens, i))));
        }
        return out;
    }

    private static TokenKind kindOf(Token t, Token next, Token previous) {
        return switch (t.getType()) {
            case CampaignLexer.LINE_COMMENT, CampaignLexer.BLOCK_COMMENT, CampaignLexer.UNTERMINATED_COMMENT ->
                    TokenKind.COMMENT;
            case CampaignLexer.STRING, CampaignLexer.TEXT_BLOCK -> TokenKind.STRING;
            case CampaignLexer.UNTERMINATED_STRING, CampaignLexer.UNTERMINATED_TEXT_BLOCK, CampaignLexer.ERROR_CHAR ->
                    TokenKind.ERROR;
            case CampaignLexer.DATE -> TokenKind.DATE;
            case CampaignLexer.PERCENT -> TokenKind.NUMBER;
            case CampaignLexer.NUMBER -> isCurrency(next, t) ? TokenKind.MONEY : TokenKind.NUMBER;
            case CampaignLexer.IMPORT -> TokenKind.KEYWORD;
            case CampaignLexer.IDENT, CampaignLexer.X -> {
                if (next != null && next.getType() == CampaignLexer.COLON) yield TokenKind.PROPERTY;
                if (previous != null && previous.getType() == CampaignLexer.NUMBER && isCurrency(t, previous)) {
                    yield TokenKind.MONEY;
                }
                yield KEYWORDS.contains(t.getText()) && !isValuePosition(previous) ? TokenKind.KEYWORD : TokenKind.DEFAULT;
            }
            case CampaignLexer.LBRACE, CampaignLexer.RBRACE, CampaignLexer.COLON, CampaignLexer.COMMA,
                    CampaignLexer.SEMI, CampaignLexer.RANGE -> TokenKind.PUNCTUATION;
            default -> TokenKind.DEFAULT;
        };
    }

    /** `email` after `channels_preferred:` is a value, not a block keyword. */
    private static boolean isValuePosition(Token previous) {
        return previous != null && (previous.getType() == CampaignLexer.COLON || previous.getType() == CampaignLexer.COMMA);
    }

    /** A three-letter upper-case word right after a number on its line: `3.49 USD`. */
    private static boolean isCurrency(Token word, Token number) {
        return word != null && word.getType() == CampaignLexer.IDENT && word.getLine() == number.getLine()
                && word.getText().matches("[A-Z]{3}");
    }

    private static Token nextVisible(List<Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) if (tokens.get(j).getChannel() == Token.DEFAULT_CHANNEL) return tokens.get(j);
        return null;
    }

    private static Token previousVisible(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) if (tokens.get(j).getChannel() == Token.DEFAULT_CHANNEL) return tokens.get(j);
        return null;
    }

    private static Set<String> keywords() {
        Set<String> words = new HashSet<>();
        Schema.get().blocks().forEach(b -> words.add(b.kind()));
        words.remove(Schema.FILE);
        words.addAll(Schema.get().channelKindNames());
        return Set.copyOf(words);
    }
}
