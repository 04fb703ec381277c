package io.copydeck.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts are computed or declared, never generated: every price, percentage, promo code and date
 * in a generated text must be one the interpreter computed for this job (they all sit in its data
 * model), and names must be declared ones. A small model happily advertises products that do not
 * exist ("Meet Willow Harbour Chai from Bramble Works", "Aurora Labs", "Cold Brew Duo" beside the
 * declared "Aurora Cold Brew"): a run of capitalised words, less the sentence starters around it
 * ("Meet", "Shop", "Now"), must end a phrase of the brief ("Cold Brew", "Aurora Cold Brew") or,
 * when one word is left, be a word of the brief. A word with capitals or digits after lowercase
 * ("cupESH15%", "Try10") is token salad that can hide an invented code. A model that invents
 * "$2.99", "WELCOME20", "until July 2027" or a product line has that sentence dropped or its
 * candidate rejected, never published; {@link #repairNames} first puts the declared name where
 * the model clearly meant the job's product.
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
    /** A capitalised word: "Aurora", "A", "O'Neill"; not a code or a shout in capitals ("STOP", "SPRING20"). */
    private static final String TITLE_WORD = "\\p{Lu}(?:[\\p{Ll}'’&-][\\p{L}\\p{N}'’&-]*)?(?![\\p{L}\\p{N}])";
    /** Runs of two or more capitalised words: where names are. */
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + TITLE_WORD + "(?:[ \\t]+" + TITLE_WORD + ")+");
    /**
     * Lowercase then capitals or digits inside one word: "cupESH15", "Try10"; not "iPhone" (one
     * capital), "SPRING20" (a code, checked as one) nor "30-second".
     */
    private static final Pattern GARBLED_WORD = Pattern.compile("\\b\\p{L}*\\p{Ll}(?:\\p{Lu}{2,}|\\p{N})[\\p{L}\\p{N}]*");
    /**
     * Capitalised words that start sentences and headlines without naming anything. Title-case
     * headlines ("Fresh Tea For Your Desk") are not checked for names at all: see {@link #titleCase}.
     */
    private static final Set<String> COMMON = words(("a an the this that these those your our my their its his her "
            + "you we i it they he she there here and or but so if when while for to of in on at by with from "
            + "meet shop try get save buy order discover explore find grab enjoy make take start join sign book "
            + "use see learn read click tap call visit come go stay feel treat love taste sip pick choose upgrade "
            + "claim unlock ready introducing "
            + "new now today free fresh hello hi hey dear welcome thanks thank yes no not only just more all "
            + "every each one two three best great good last first next why how what something anything everything "
            + "nothing someone everyone "
            + "who where which limited exclusive special offer sale deal deals off up out back until since before after "
            + "during ends starts january february march april may june july august september october november "
            + "december monday tuesday wednesday thursday friday saturday sunday"));
    private final String facts;
    private final Set<String> factWords;
    /** The name of the job's product or bundle, or null: what an invented variant of it is repaired to. */
    private final String productName;
    /** A bundle's items as the brief lists them ("1 × Morning Sencha"), in order; empty for a product. */
    private final List<String> bundleItems;
    private FactsRule(String facts, String productName, List<String> bundleItems) {
        this.facts = facts;
        this.factWords = words(facts);
        this.productName = productName;
        this.bundleItems = bundleItems;
    }

    /** The facts of a job: every string and number in its data model, flattened. */
    public static FactsRule of(Map<String, Object> data) {
        StringBuilder s = new StringBuilder();
        flatten(data, s);
        String product = data.get("product") instanceof Map<?, ?> p && p.get("name") instanceof String n && !n.isBlank()
                ? n.strip() : null;
        List<String> items = data.get("product") instanceof Map<?, ?> p && p.get("features") instanceof List<?> f
                ? f.stream().map(String::valueOf).filter(x -> x.matches("\\d+ × .+")).toList() : List.of();
        return new FactsRule(s.toString().toLowerCase(Locale.ROOT).replace('\u00a0', ' '), product, items);
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

    private static void flatten(Object o, StringBuilder s) {
        if (o instanceof Map<?, ?> m) m.values().forEach(v -> flatten(v, s));
        else if (o instanceof List<?> l) l.forEach(v -> flatten(v, s));
        else if (o != null) s.append(o).append('\n');
    }

    /** The prices, percentages, codes, names and garbled words in {@code text} that no fact backs; empty when none. */
    public List<String> unbacked(String text) {
        List<String> bad = new ArrayList<>();
        Matcher m = CLAIMED.matcher(text);
        while (m.find()) {
            String claim = m.group().strip();
            if (!backed(claim.toLowerCase(Locale.ROOT).replace('\u00a0', ' '))) bad.add(claim);
        }
        // In a title-case headline every word is capitalised, so only a garbled declared name
        // ("Meet Willow Harbour Chai") tells itself apart; elsewhere any undeclared name does.
        boolean titleCase = titleCase(text);
        Matcher run = CAPITALISED_RUN.matcher(text);
        while (run.find()) {
            String name = inventedName(run.group().split("[ \\t]+"));
            if (name == null || bad.contains(name)) continue;
            if (!titleCase || variantOfProduct(name, productWords())) bad.add(name);
        }
        Matcher g = GARBLED_WORD.matcher(text);
        while (g.find()) {
            if (!factWords.contains(g.group().toLowerCase(Locale.ROOT))) bad.add(g.group());
        }
        return bad;
    }

    /**
     * The text with invented names where the product belongs replaced by the job's product name:
     * the model knows where the product goes but garbles its name or borrows one from its
     * training ("Shop Morning Sencha Duo" for the "Desk Duo", "Willow Harbour Chai" for "Harbour
     * Chai", "Try Labs" or "Hello Cold Brew Duo" for the "Commuter Pack"). An invented name is in
     * the product's place when it is a variant of the product's name (the product's last word as
     * its own, or at least half its words from it), or, while the text names no product yet, when
     * it opens the text or follows a word that introduces a product ("Shop", "Try", "Meet",
     * "Hello", "New:", "That's"). Other invented names stay, for {@link #unbacked} to reject.
     */
    public String repairNames(String text) {
        if (productName == null) return text;
        text = repairBundleItems(text);
        boolean titleCase = titleCase(text);
        List<String> productWords = productWords();
        StringBuilder out = new StringBuilder();
        Matcher run = CAPITALISED_RUN.matcher(text);
        int at = 0;
        boolean mentioned = text.toLowerCase(Locale.ROOT).contains(productName.toLowerCase(Locale.ROOT));
        while (run.find()) {
            String name = inventedName(run.group().split("[ \\t]+"));
            if (name == null) continue;
            int start = run.start() + run.group().indexOf(name);
            // One product per text: a name in the product's place is the product only while the text has none yet.
            boolean variant = variantOfProduct(name, productWords);
            if (!variant && (titleCase || mentioned || !inProductPlace(text, start))) continue;
            mentioned = true;
            out.append(text, at, start).append(productName);
            at = start + name.length();
        }
        return out.append(text.substring(at)).toString();
    }

    /** "2 × Northwind Labs": a quantity, then what the model thinks the bundle holds. */
    private static final Pattern ITEM = Pattern.compile("(\\d+) × (\\p{Lu}[\\p{L}\\p{N}'’&-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{N}'’&-]*)*)");

    /**
     * A bundle's items, listed by the model with invented names ("1 × Northwind Labs: 1 × Tidal
     * Mint"), become the declared items in the brief's order ("1 × Morning Sencha: 1 × Harbour
     * Chai"), each used once, when the quantity matches; a wrong quantity stays, to be rejected.
     */
    private String repairBundleItems(String text) {
        if (bundleItems.isEmpty()) return text;
        List<String> unused = new ArrayList<>(bundleItems.stream()
                .filter(item -> !text.toLowerCase(Locale.ROOT).contains(item.toLowerCase(Locale.ROOT))).toList());
        StringBuilder out = new StringBuilder();
        Matcher m = ITEM.matcher(text);
        int at = 0;
        while (m.find()) {
            String claimed = m.group();
            if (bundleItems.stream().anyMatch(item -> item.equalsIgnoreCase(claimed))) continue;
            String quantity = m.group(1) + " × ";
            String replacement = unused.stream().filter(item -> item.startsWith(quantity)).findFirst().orElse(null);
            if (replacement == null) continue;
            unused.remove(replacement);
            out.append(text, at, m.start()).append(replacement);
            at = m.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /** Words after which a name is the product being introduced. */
    private static final Pattern INTRODUCES_PRODUCT = Pattern.compile(
            "(?i)(?:^|\\b(?:shop|try|meet|hello|discover|get|order|buy|grab|introducing|new:?|that's|say hello to))\\s*$");

    private static boolean inProductPlace(String text, int start) {
        String before = text.substring(0, start).strip();
        return before.isEmpty() || INTRODUCES_PRODUCT.matcher(before).find();
    }

    private List<String> productWords() {
        return productName == null ? List.of()
                : java.util.Arrays.stream(productName.split("\\s+")).map(FactsRule::bare).toList();
    }

    private static boolean variantOfProduct(String name, List<String> productWords) {
        List<String> words = java.util.Arrays.stream(name.split("\\s+")).map(FactsRule::bare).toList();
        if (words.size() < 2) return false;
        long shared = words.stream().filter(productWords::contains).count();
        boolean sameHead = productWords.size() >= 2 && words.get(words.size() - 1).equals(productWords.get(productWords.size() - 1));
        return sameHead || shared * 2 >= words.size();
    }

    /**
     * The run less the common words around it ("Meet … Now"), when that is neither a stretch of the
     * facts (a declared name like "Aurora Cold Brew") nor, as one word, a word of the facts.
     */
    private String inventedName(String[] words) {
        int from = 0;
        int to = words.length;
        while (from < to && common(words[from])) from++;
        while (to > from && common(words[to - 1])) to--;
        if (from == to) return null;
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, from, to)).replaceAll("[.,;:!?]+$", "");
        if (endOfAFact(name.toLowerCase(Locale.ROOT))) return null;
        if (to - from == 1 && !unknown(words[from])) return null;
        return name;
    }

    /**
     * Whether the name is the end of a phrase of the facts, at word boundaries: "Cold Brew" and
     * "Aurora Cold Brew" are, "Aurora Co" (a piece of "Aurora Coffee") and "Aurora Oat" (the
     * front of "Aurora Oat Latte") are not.
     */
    private boolean endOfAFact(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}]|[ \\t][\\p{L}\\p{N}])")
                .matcher(facts).find();
    }

    private static boolean common(String word) {
        return COMMON.contains(bare(word));
    }

    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("[^\\p{L}\\p{N}]+$", "");
    }

    private boolean unknown(String word) {
        boolean allCaps = word.equals(word.toUpperCase(Locale.ROOT)) && word.length() > 1;
        return !allCaps && !common(word) && !factWords.contains(bare(word));
    }

    private static Set<String> words(String text) {
        return java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * A headline in title case ("Fresh Tea Delivered to Your Desk"): no sentence punctuation, and
     * four or more words of four letters or more, all capitalised. "Meet Willow Harbour Chai from
     * Bramble Works." is a sentence.
     */
    private static boolean titleCase(String text) {
        if (text.strip().matches("(?s).*[.!?].*")) return false;
        List<String> long4 = java.util.Arrays.stream(text.strip().split("[^\\p{L}'’&-]+"))
                .filter(w -> w.codePointCount(0, w.length()) >= 4).toList();
        return long4.size() >= 4 && long4.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }
}
