package io.copydeck.dsl.syntax;

import io.copydeck.grammar.CampaignLexer;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The parser descends one Java stack frame pair per `{`, so a file of thousands of unclosed
 * braces would overflow the stack. Real specs nest four deep (campaign, pricing, promo); this
 * finds where a file goes past a generous limit, so that the parser can stop reading there.
 */
final class NestingLimit {
    static final int MAX_DEPTH = 64;

    private NestingLimit() {}

    /** Index of the first `{` that opens a block deeper than {@link #MAX_DEPTH}, or -1. */
    static int firstTooDeep(List<Token> tokens) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == CampaignLexer.LBRACE && ++depth > MAX_DEPTH) return i;
            if (type == CampaignLexer.RBRACE && depth > 0) depth--;
        }
        return -1;
    }
}
