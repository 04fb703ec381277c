package io.copydeck.compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in generated text must be declared ones. A small model happily advertises products that
 * do not exist ("Meet Willow Harbour Chai from Bramble Works", "Aurora Labs", "Cold Brew Duo"
 * beside the declared "Aurora Cold Brew"): a run of capitalised words, less the sentence starters
 * around it ("Meet", "Shop", "Now"), must end a phrase of the brief ("Cold Brew", "Aurora Cold
 * Brew") or, when one word is left, be a word of the brief. Where the model clearly meant the
 * job's product or a bundle's item, {@link #repair} puts the declared name there instead.
 */
final class DeclaredNames {
    /** A capitalised word: "Aurora", "A", "O'Neill"; not a code or a shout in capitals ("STOP", "SPRING20"). */
    private static final String TITLE_WORD = "\\p{Lu}(?:[\\p{Ll}'’&-][\\p{L}\\p{N}'’&-]*)?(?![\\p{L}\\p{N}])";
    /** Runs of two or more capitalised words: where names are. */
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + TITLE_WORD + "(?:[ \\t]+" + TITLE_WORD + ")+");
    /** Capitalised words that start sentences and headlines without naming anything. */
    private static final Set<String> COMMON = FactsRule.words(("a an the this that these those your our my their its his her "
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
    /** The product name's words, lowercase; empty when there is no product. */
    private final List<String> productWords;
    /** The product name as a whole word sequence, in any case; null when there is no product. */
    private final Pattern productMention;

    /** @param facts the job's facts, flattened and lowercase */
    DeclaredNames(String facts, Set<String> factWords, String productName, List<String> bundleItems) {
        this.facts = facts;
        this.factWords = factWords;
        this.productName = productName;
        this.bundleItems = bundleItems;
        this.productWords = productName == null ? List.of()
                : Arrays.stream(productName.split("\\s+")).map(DeclaredNames::bare).toList();
        this.productMention = productName == null ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(productName) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The invented names in the text. In a title-case headline every word is capitalised, so only
     * a garbled declared name ("Meet Willow Harbour Chai") tells itself apart; elsewhere any
     * undeclared name does.
     */
    List<String> invented(String text) {
        boolean titleCase = titleCase(text);
        List<String> found = new ArrayList<>();
        Matcher run = CAPITALISED_RUN.matcher(text);
        while (run.find()) {
            String name = inventedName(run.group().split("[ \\t]+"));
            if (name != null && (!titleCase || variantOfProduct(name, productWords))) found.add(name);
        }
        return found;
    }

    /**
     * The text with invented names where the product belongs replaced by the job's product name:
     * the model knows where the product goes but garbles its name or borrows one from its
     * training ("Shop Morning Sencha Duo" for the "Desk Duo", "Willow Harbour Chai" for "Harbour
     * Chai", "Try Labs" or "Hello Cold Brew Duo" for the "Commuter Pack"). An invented name is in
     * the product's place when it is a variant of the product's name (the product's last word as
     * its own, or at least half its words from it), or when it opens the text or follows a word that
     * introduces a product ("Shop", "Try", "Meet", "Hello", "New:", "That's"); and only while the
     * text does not name the product yet. Other invented names stay, for {@link #invented} to find.
     */
    String repair(String text) {
        if (productName == null) return text;
        text = repairBundleItems(text);
        boolean titleCase = titleCase(text);
        StringBuilder out = new StringBuilder();
        Matcher run = CAPITALISED_RUN.matcher(text);
        int at = 0;
        boolean mentioned = namesProduct(text);
        while (run.find()) {
            String name = inventedName(run.group().split("[ \\t]+"));
            if (name == null) continue;
            int start = run.start() + run.group().indexOf(name);
            // The product once per text: a second mention would be a repeat ("Hello Aurora Oat Latte.
            // Try Aurora Oat Latte"), so a later invented name stays, and its sentence goes.
            if (mentioned) continue;
            boolean variant = variantOfProduct(name, productWords);
            if (!variant && (titleCase || !inProductPlace(text, start))) continue;
            mentioned = true;
            out.append(text, at, start).append(productName);
            at = start + name.length();
        }
        return out.append(text.substring(at)).toString();
    }

    /** Whether the text names the product on its own, not inside a longer name ("Willow Harbour Chai"). */
    private boolean namesProduct(String text) {
        Matcher m = productMention.matcher(text);
        while (m.find()) {
            String[] before = text.substring(0, m.start()).split("[ \\t]+");
            String[] after = text.substring(m.end()).strip().split("[ \\t]+");
            boolean inLongerName = nameWord(before[before.length - 1], text.substring(0, m.start()).endsWith(" "))
                    || nameWord(after[0], text.substring(m.end()).startsWith(" "));
            if (!inLongerName) return true;
        }
        return false;
    }

    /** A capitalised word, not a sentence starter, right beside another (separated by one space). */
    private static boolean nameWord(String word, boolean adjacent) {
        return adjacent && word.matches(TITLE_WORD) && !common(word);
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

    private static boolean variantOfProduct(String name, List<String> productWords) {
        List<String> words = Arrays.stream(name.split("\\s+")).map(DeclaredNames::bare).toList();
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
        String name = String.join(" ", Arrays.copyOfRange(words, from, to)).replaceAll("[.,;:!?]+$", "");
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


    /**
     * A headline in title case ("Fresh Tea Delivered to Your Desk"): no sentence punctuation, and
     * four or more words of four letters or more, all capitalised. "Meet Willow Harbour Chai from
     * Bramble Works." is a sentence.
     */
    private static boolean titleCase(String text) {
        if (text.strip().matches("(?s).*[.!?].*")) return false;
        List<String> long4 = Arrays.stream(text.strip().split("[^\\p{L}'’&-]+"))
                .filter(w -> w.codePointCount(0, w.length()) >= 4).toList();
        return long4.size() >= 4 && long4.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }
}
