package io.copydeck.dsl.syntax;

import io.copydeck.grammar.CampaignLexer;
import java.util.LinkedHashSet;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Token types in words a strategist reads: "a name", "`{`", "a value". */
final class TokenWords {
    private TokenWords() {}

    static String describe(IntervalSet expected) {
        if (expected == null || expected.isNil()) return "something else";
        Set<String> words = new LinkedHashSet<>();
        boolean value = expected.contains(CampaignLexer.STRING) && expected.contains(CampaignLexer.NUMBER);
        if (value) words.add("a value (a string, number, date or name)");
        for (int type : expected.toArray()) {
            if (value && isValueStart(type)) continue;
            words.add(word(type));
        }
        String[] list = words.toArray(String[]::new);
        if (list.length == 1) return list[0];
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < list.length; i++) {
            if (i > 0) out.append(i == list.length - 1 ? " or " : ", ");
            out.append(list[i]);
        }
        return out.toString();
    }

    private static boolean isValueStart(int type) {
        return switch (type) {
            case CampaignLexer.STRING, CampaignLexer.TEXT_BLOCK, CampaignLexer.NUMBER, CampaignLexer.PERCENT,
                 CampaignLexer.DATE, CampaignLexer.IDENT, CampaignLexer.X, CampaignLexer.IMPORT -> true;
            default -> false;
        };
    }

    static boolean isName(int type) {
        return type == CampaignLexer.IDENT || type == CampaignLexer.X || type == CampaignLexer.IMPORT;
    }

    /** Tokens that can only start a value (not a name). */
    static boolean isValue(int type) {
        return isValueStart(type) && !isName(type);
    }

    private static String word(int type) {
        return switch (type) {
            case Token.EOF -> "the end of the file";
            case CampaignLexer.IDENT, CampaignLexer.X, CampaignLexer.IMPORT -> "a name";
            case CampaignLexer.STRING, CampaignLexer.TEXT_BLOCK -> "a string";
            case CampaignLexer.NUMBER -> "a number";
            case CampaignLexer.PERCENT -> "a percentage";
            case CampaignLexer.DATE -> "a date";
            case CampaignLexer.COLON -> "`:`";
            case CampaignLexer.LBRACE -> "`{`";
            case CampaignLexer.RBRACE -> "`}`";
            case CampaignLexer.COMMA -> "`,`";
            case CampaignLexer.SEMI -> "`;`";
            case CampaignLexer.RANGE -> "`..`";
            default -> CampaignLexer.VOCABULARY.getDisplayName(type);
        };
    }
}
