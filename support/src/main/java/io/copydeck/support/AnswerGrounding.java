package io.copydeck.support;

import io.copydeck.compiler.rules.NeutralLexicon;
import io.copydeck.compiler.rules.Words;
import io.copydeck.dsl.brief.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an answer states only what its cited facts state, checked word by word as the copy's
 * `grounded` rule checks copy: every word is a word of a cited fact or of the language's neutral
 * lexicon ({@link NeutralLexicon}, the copy rules' own list), and every word with a digit (a price, a
 * code, a date, a quantity) is a word of a cited fact as written. A language without a lexicon allows
 * only the facts' words. Used twice: to accept or refuse the model's phrasing of an answer, and by the
 * evaluation to check every answer given.
 */
public final class AnswerGrounding {
    private AnswerGrounding() {}

    /** The words of {@code text} no cited fact backs, in order; empty when the text is faithful. */
    public static List<String> unbacked(String text, List<AnswerFact> cited, Language language) {
        Set<String> factWords = new HashSet<>();
        for (AnswerFact f : cited) factWords.addAll(Words.distinctLower(normal(f.text())));
        Optional<NeutralLexicon> lexicon = NeutralLexicon.of(language);
        List<String> out = new ArrayList<>();
        for (NeutralLexicon.Token t : NeutralLexicon.tokens(normal(text))) {
            String word = t.word().toLowerCase(Locale.ROOT).replace('’', '\'');
            boolean number = word.chars().anyMatch(Character::isDigit);
            boolean backed = allPartsIn(word, factWords)
                    || (!number && lexicon.map(l -> l.covers(t.word())).orElse(false));
            if (!backed) out.add(t.text());
        }
        return out;
    }

    /** A fact's word, or a fact's word with a clitic ("Sencha's"). */
    private static boolean allPartsIn(String word, Set<String> factWords) {
        if (factWords.contains(word)) return true;
        int apostrophe = word.indexOf('\'');
        return apostrophe > 0 && factWords.contains(word.substring(0, apostrophe));
    }

    private static String normal(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
