package io.copydeck.compiler;

import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.Offering;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Facts are computed or declared, never generated: every price, percentage, promo code and date
 * in a generated text must be one the interpreter computed for this job (they all sit in its data
 * model), every name must be a declared one ({@link DeclaredNames}), and a word with capitals or
 * digits after lowercase ("cupESH15%", "Try10") is token salad that can hide an invented code. A
 * model that invents "$2.99", "WELCOME20", "until July 2027" or a product line has that sentence
 * dropped or its candidate rejected, never published.
 */
public final class FactsRule {
    private static final Pattern CLAIMED = Pattern.compile(
            "[$£€¥]\\s?\\d[\\d.,]*\\d|[$£€¥]\\s?\\d"                 // $2.79, £10, € 5
                    + "|\\d[\\d.,]*\\d?\\s?(?:€|%|USD|EUR|GBP)"      // 2,79 €, 20%, 3.49 USD
                    + "|\\b[A-Z]{2,}[A-Z0-9]*\\d+[A-Z0-9]*\\b"     // SPRING20
                    + "|\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "(?: \\d{1,2})?(?:,? \\d{4})?\\b"                // March 31, 2027 / July 2027
                    + "|\\b\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November"
                    + "|December)(?: \\d{4})?\\b");                       // 31 October 2027
    /**
     * Lowercase then capitals or digits inside one word: "cupESH15", "Try10"; not "iPhone" (one
     * capital), "SPRING20" (a code, checked as one) nor "30-second".
     */
    private static final Pattern GARBLED_WORD = Pattern.compile("\\b\\p{L}*\\p{Ll}(?:\\p{Lu}{2,}|\\p{N})[\\p{L}\\p{N}]*");
    private final String facts;
    private final Set<String> factWords;
    private final DeclaredNames names;

    private FactsRule(String facts, String productName, List<String> bundleItems) {
        this.facts = facts;
        this.factWords = words(facts);
        this.names = new DeclaredNames(facts, factWords, productName, bundleItems);
    }

    /** The facts of a job: every string and number in its data model, flattened. */
    public static FactsRule of(Brief brief) {
        String facts = String.join("\n", brief.facts()) + "\n";
        List<String> items = brief.offering() instanceof Offering.Bundle b
                ? b.items().stream().map(Offering.Item::text).toList() : List.of();
        return new FactsRule(facts.toLowerCase(Locale.ROOT).replace('\u00a0', ' '), brief.offering().name().strip(),
                items);
    }

    /**
     * A whole fact, not a piece of one: "$2" is not backed by "$2.79", nor "20%" by "120%", nor
     * "September 2027" by "15 September 2027" (the window opens then; "until September 2027"
     * would be a wrong end date).
     */
    private boolean backed(String claim) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?<!\\p{N} )" + Pattern.quote(claim) + "(?![\\p{N}]|[.,]\\p{N})")
                .matcher(facts).find();
    }

    /** The prices, percentages, codes, names and garbled words in {@code text} that no fact backs; empty when none. */
    public List<String> unbacked(String text) {
        List<String> bad = new ArrayList<>();
        Matcher m = CLAIMED.matcher(text);
        while (m.find()) {
            String claim = m.group().strip();
            if (!backed(claim.toLowerCase(Locale.ROOT).replace('\u00a0', ' '))) bad.add(claim);
        }
        for (String name : names.invented(text)) {
            if (!bad.contains(name)) bad.add(name);
        }
        Matcher g = GARBLED_WORD.matcher(text);
        while (g.find()) {
            if (!factWords.contains(g.group().toLowerCase(Locale.ROOT))) bad.add(g.group());
        }
        return bad;
    }

    /** The text with the declared names put where the model clearly meant them: see {@link DeclaredNames#repair}. */
    public String repairNames(String text) {
        return names.repair(text);
    }

    /** The distinct words of a text. */
    static Set<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
