package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.Language;
import io.copydeck.dsl.brief.Offering;
import io.copydeck.dsl.text.EnglishWords;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A brief's facts, read once per asset for every rule that compares a text with them: the facts
 * flattened, their words, their claims by role ({@link Claims}), the numbers a text may state bare,
 * and the declared names. Building it scans every fact, so the pipeline builds one per brief, not
 * one per candidate.
 */
public final class Facts {
    /**
     * Small counts as words, in the languages Copydeck writes: a brief that says "three or more
     * cups" or "four minutes" lets a text say "3 cups" or "4 minutes".
     */
    private static final Map<String, Integer> COUNT_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("eins", 1), Map.entry("zwei", 2), Map.entry("drei", 3), Map.entry("vier", 4),
            Map.entry("fünf", 5), Map.entry("sechs", 6), Map.entry("sieben", 7), Map.entry("acht", 8),
            Map.entry("neun", 9), Map.entry("zehn", 10), Map.entry("elf", 11), Map.entry("zwölf", 12));

    /** Facts this long or longer are sentences themselves (an offer line). */
    private static final int LONGEST_PHRASE = 80;

    private final Brief brief;
    private final String text;
    private final Set<String> words;
    private final Set<String> claims;
    private final Set<String> counts;
    private final DeclaredNames names;
    private final List<String> phrases;
    private final List<List<String>> wordsByFact;

    private Facts(Brief brief) {
        this.brief = brief;
        this.text = (String.join("\n", brief.facts()) + "\n").toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
        this.words = withIngForms(Words.distinctLower(text), brief);
        Set<String> keys = new HashSet<>();
        for (String fact : brief.facts()) Claims.in(fact, locale(brief)).forEach(c -> keys.add(c.key()));
        this.claims = Set.copyOf(keys);
        Set<String> allowed = new HashSet<>();
        words.forEach(w -> {
            if (COUNT_WORDS.containsKey(w)) allowed.add(String.valueOf(COUNT_WORDS.get(w)));
        });
        List<String> items = List.of();
        if (brief.offering() instanceof Offering.Bundle b) {
            b.items().forEach(i -> allowed.add(String.valueOf(i.quantity())));
            items = b.items().stream().map(Offering.Item::text).toList();
        }
        this.counts = Set.copyOf(allowed);
        // German capitalises its nouns: with a German lexicon, its words are the common ones (DeclaredNames).
        // Without one (the shipped model writes English, #14), a German brief's copy is English and read as such.
        java.util.Optional<NeutralLexicon> german = brief.language() == Language.GERMAN
                ? NeutralLexicon.of(Language.GERMAN) : java.util.Optional.empty();
        this.names = german.isPresent()
                ? new DeclaredNames(text, words, brief.offering().name().strip(), items, german.get()::covers, true)
                : new DeclaredNames(text, words, brief.offering().name().strip(), items);
        this.phrases = brief.facts().stream().filter(f -> f.length() < LONGEST_PHRASE && Words.of(f).size() >= 2)
                .map(f -> f.toLowerCase(Locale.ROOT)).toList();
        this.wordsByFact = brief.facts().stream().map(f -> Words.of(f).stream().map(Words.Word::lower).toList())
                .filter(w -> !w.isEmpty()).toList();
    }

    /**
     * The facts' words and, in English, the -ing form of each verb among them: the realiser writes
     * a verb-phrase fact after a preposition in that form ("tired of waiting in line"), and the
     * form is still the brief's word.
     */
    private static Set<String> withIngForms(Set<String> words, Brief brief) {
        if (brief.language() != Language.ENGLISH) return words;
        Set<String> all = new HashSet<>(words);
        for (String w : words) if (EnglishWords.isVerb(w)) all.add(EnglishWords.gerund(w));
        return Set.copyOf(all);
    }

    public static Facts of(Brief brief) {
        return new Facts(brief);
    }

    public Brief brief() {
        return brief;
    }

    Locale locale() {
        return locale(brief);
    }

    private static Locale locale(Brief brief) {
        return brief.campaign().locale() == null ? Locale.US : brief.campaign().locale();
    }

    /** Every fact, lowercase, one a line. */
    String text() {
        return text;
    }

    /** The distinct words of the facts, lowercase. */
    Set<String> words() {
        return words;
    }

    /** Whether a fact makes this claim, in the same role: see {@link Claims}. */
    boolean states(Claims.Claim claim) {
        return claims.contains(claim.key());
    }

    /** Whether a bare number is a count the brief gives in words, or a bundle's quantity. */
    boolean counts(String number) {
        return counts.contains(number);
    }

    /** Each fact's words, lowercase, in order: what a hashtag may be made of ({@link Grounded}). */
    List<List<String>> wordsByFact() {
        return wordsByFact;
    }

    DeclaredNames names() {
        return names;
    }

    /** The brief's facts of two words or more and shorter than a sentence, lowercase: what a text may say twice by mistake. */
    List<String> phrases() {
        return phrases;
    }
}
