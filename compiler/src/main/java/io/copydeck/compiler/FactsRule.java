package io.copydeck.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers are computed, never generated: every price, percentage, promo code and date in a
 * generated text must be one the interpreter computed for this job (they all sit in its data
 * model), and a name built on the brand's first word ("Aurora Labs") must be a declared name.
 * A model that invents "$2.99", "WELCOME20", "until July 2027" or a product line has that
 * sentence dropped or its candidate rejected, never published.
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
    private final String facts;
    /** Names the model may not invent: the brand's first word followed by capitalised words ("Aurora Labs"). */
    private final Pattern brandNames;

    private FactsRule(String facts, Pattern brandNames) {
        this.facts = facts;
        this.brandNames = brandNames;
    }

    /** The facts of a job: every string and number in its data model, flattened. */
    public static FactsRule of(Map<String, Object> data) {
        StringBuilder s = new StringBuilder();
        flatten(data, s);
        Pattern names = null;
        if (data.get("brand") instanceof Map<?, ?> brand && brand.get("name") instanceof String name && !name.isBlank()) {
            String first = name.strip().split("\\s+")[0];
            names = Pattern.compile("\\b" + Pattern.quote(first) + "(?: [A-Z][\\p{L}\\p{N}'&-]*)+");
        }
        return new FactsRule(s.toString().toLowerCase(Locale.ROOT).replace('\u00a0', ' '), names);
    }

    /** A whole fact, not a piece of one: "$2" is not backed by "$2.79", nor "20%" by "120%". */
    private boolean backed(String claim) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(claim) + "(?![\\p{N}]|[.,]\\p{N})")
                .matcher(facts).find();
    }

    /** "Aurora Cold Brew Now" is fine if "Aurora Cold Brew" is a fact: some leading two or more words must be. */
    private boolean knownName(String name) {
        String[] words = name.split(" ");
        for (int n = words.length; n >= 2; n--) {
            String prefix = String.join(" ", java.util.Arrays.copyOf(words, n)).toLowerCase(Locale.ROOT);
            if (facts.contains(prefix)) return true;
        }
        return false;
    }

    private static void flatten(Object o, StringBuilder s) {
        if (o instanceof Map<?, ?> m) m.values().forEach(v -> flatten(v, s));
        else if (o instanceof List<?> l) l.forEach(v -> flatten(v, s));
        else if (o != null) s.append(o).append('\n');
    }

    /** The prices, percentages and codes in {@code text} that no fact backs; empty when all are backed. */
    public List<String> unbacked(String text) {
        List<String> bad = new ArrayList<>();
        Matcher m = CLAIMED.matcher(text);
        while (m.find()) {
            String claim = m.group().strip();
            if (!backed(claim.toLowerCase(Locale.ROOT).replace('\u00a0', ' '))) bad.add(claim);
        }
        if (brandNames != null) {
            Matcher n = brandNames.matcher(text);
            while (n.find()) {
                if (!knownName(n.group())) bad.add(n.group());
            }
        }
        return bad;
    }
}
