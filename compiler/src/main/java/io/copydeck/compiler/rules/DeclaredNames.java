package io.copydeck.compiler.rules;

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
    private static final Pattern ONE_TITLE_WORD = Pattern.compile(TITLE_WORD);
    /** Runs of two or more capitalised words: where names are. */
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + TITLE_WORD + "(?:[ \\t]+" + TITLE_WORD + ")+");
    /** What separates the words of a run of names. */
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    /** "2 × Northwind Labs": a quantity, then what the model thinks the bundle holds. */
    private static final Pattern ITEM = Pattern.compile("(\\d+) × (\\p{Lu}[\\p{L}\\p{N}'’&-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{N}'’&-]*)*)");
    /** Capitalised words that start sentences and headlines without naming anything. */
    private static final Set<String> COMMON = Words.distinctLower("a an the this that these those your our my their its "
            + "his her you we i it they he she there here and or but so if when while for to of in on at by with from "
            + "meet shop try get save buy order discover explore find grab enjoy make take start join sign book "
            + "use see learn read click tap call visit come go stay feel treat love taste sip pick choose upgrade "
            + "claim unlock ready introducing "
            + "new now today free fresh hello hi hey dear welcome thanks thank yes no not only just more all "
            + "every each one two three best great good last first next why how what something anything everything "
            + "nothing someone everyone "
            + "who where which limited exclusive special offer sale deal deals off up out back until since before after "
            + "during ends starts january february march april may june july august september october november "
            + "december monday tuesday wednesday thursday friday saturday sunday");
    /** Words after which a name is the product being introduced, lowercase. */
    private static final List<String> INTRODUCES_PRODUCT = List.of("shop", "try", "meet", "hello", "discover", "get",
            "order", "buy", "grab", "introducing", "new", "new:", "that's", "say hello to");

    private final String facts;
    private final Set<String> factWords;
    /**
     * Whether a word (bare, lowercase) is a common one, no name: English {@link #COMMON}. German writes every
     * noun capitalised ("Ihr Vorteil", "Sparen Sie"), so there a capitalised word is common when the German
     * neutral lexicon has it: the words of the frames, none of them a name.
     */
    private final java.util.function.Predicate<String> common;
    private final boolean capitalisedNouns;
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
        this(facts, factWords, productName, bundleItems, COMMON::contains, false);
    }

    /**
     * As above, with the language's common words ({@link #common}); {@code capitalisedNouns} for a language
     * that writes its nouns capitalised (German), where a run of capitals is also no name when the text says a
     * whole fact around it ("Volle Züge am Morgen?" for the pain "volle Züge am Morgen").
     */
    DeclaredNames(String facts, Set<String> factWords, String productName, List<String> bundleItems,
                  java.util.function.Predicate<String> common, boolean capitalisedNouns) {
        this.common = common;
        this.capitalisedNouns = capitalisedNouns;
        this.facts = facts;
        this.factWords = factWords;
        this.productName = productName;
        this.bundleItems = bundleItems;
        this.productWords = productName == null ? List.of() : words(productName);
        this.productMention = productName == null ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(productName) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The invented names in the text, with their spans. In a title-case headline every word is
     * capitalised, so only a garbled declared name ("Meet Willow Harbour Chai") tells itself apart;
     * elsewhere any undeclared name does.
     */
    List<Finding> invented(String text, String ruleId) {
        boolean titleCase = titleCase(text);
        List<Finding> found = new ArrayList<>();
        Matcher run = CAPITALISED_RUN.matcher(text);
        while (run.find()) {
            String name = inventedName(BLANKS.split(run.group()));
            if (name == null || (titleCase && !variantOfProduct(name, productWords))) continue;
            int start = run.start() + run.group().indexOf(name);
            if (capitalisedNouns && insideAWholeFact(text, start, name)) continue;
            found.add(new Finding(ruleId, "\"" + name + "\" is no name the brief declares", start, start + name.length()));
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
            String name = inventedName(BLANKS.split(run.group()));
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
            String[] before = BLANKS.split(text.substring(0, m.start()));
            String[] after = BLANKS.split(text.substring(m.end()).strip());
            boolean inLongerName = nameWord(before[before.length - 1], text.substring(0, m.start()).endsWith(" "))
                    || nameWord(after[0], text.substring(m.end()).startsWith(" "));
            if (!inLongerName) return true;
        }
        return false;
    }

    /** A capitalised word, not a sentence starter, right beside another (separated by one space). */
    private boolean nameWord(String word, boolean adjacent) {
        return adjacent && ONE_TITLE_WORD.matcher(word).matches() && !common(word);
    }

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

    /** Whether the name opens the text or follows a word that introduces a product. */
    private static boolean inProductPlace(String text, int start) {
        String before = text.substring(0, start).strip().toLowerCase(Locale.ROOT);
        if (before.isEmpty()) return true;
        for (String word : INTRODUCES_PRODUCT) {
            int at = before.length() - word.length();
            if (before.endsWith(word) && (at == 0 || !Character.isLetterOrDigit(before.charAt(at - 1)))) return true;
        }
        return false;
    }

    private static boolean variantOfProduct(String name, List<String> productWords) {
        List<String> words = words(name);
        if (words.size() < 2) return false;
        long shared = words.stream().filter(productWords::contains).count();
        boolean sameHead = productWords.size() >= 2 && words.get(words.size() - 1).equals(productWords.get(productWords.size() - 1));
        return sameHead || shared * 2 >= words.size();
    }

    /** A name's words as names compare them: bare, lowercase. */
    private static List<String> words(String name) {
        return Arrays.stream(BLANKS.split(name.strip())).map(DeclaredNames::bare).toList();
    }

    /**
     * The run less the common words around it ("Meet … Now"), when that is neither a stretch of the
     * facts (a declared name like "Aurora Cold Brew") nor, as one word, a word of the facts.
     */
    private String inventedName(String[] words) {
        int from = 0;
        int to = words.length;
        while (from < to && common(words[from])) from++;
        // A declared name may end in a common word ("Every Full Groom Visit has it"): the run is read whole first.
        if (from < to && endOfAFact(run(words, from, to).toLowerCase(Locale.ROOT))) return null;
        while (to > from && common(words[to - 1])) to--;
        if (from == to) return null;
        String name = run(words, from, to);
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
        for (int at = facts.indexOf(name); at >= 0; at = facts.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(facts.charAt(at - 1));
            boolean endsWord = end == facts.length() || !Character.isLetterOrDigit(facts.charAt(end));
            boolean phraseGoesOn = end + 1 < facts.length() && (facts.charAt(end) == ' ' || facts.charAt(end) == '\t')
                    && Character.isLetterOrDigit(facts.charAt(end + 1));
            if (startsWord && endsWord && !phraseGoesOn) return true;
        }
        return false;
    }

    /** Whether the text, around the name at {@code start}, says a whole fact that holds the name. */
    private boolean insideAWholeFact(String text, int start, String name) {
        String lowerText = text.toLowerCase(Locale.ROOT);
        String lowerName = name.toLowerCase(Locale.ROOT);
        for (String fact : facts.split("\n")) {
            for (int at = fact.indexOf(lowerName); at >= 0; at = fact.indexOf(lowerName, at + 1)) {
                int from = start - at;
                if (from >= 0 && lowerText.startsWith(fact, from)) return true;
            }
        }
        return false;
    }

    /** Words {@code from} .. {@code to - 1} as one name, without the punctuation after it. */
    private static String run(String[] words, int from, int to) {
        return withoutTrailing(String.join(" ", Arrays.copyOfRange(words, from, to)), ".,;:!?");
    }

    private boolean common(String word) {
        return common.test(bare(word));
    }

    /** A word lowercase, without the punctuation after it and a possessive 's: "Chai's," is "chai". */
    private static String bare(String word) {
        String w = withoutTrailing(word.toLowerCase(Locale.ROOT), null);
        if (w.endsWith("'s") || w.endsWith("’s")) w = w.substring(0, w.length() - 2);
        return withoutTrailing(w, null);
    }

    /** The text without the given characters at its end; {@code chars} null: without anything but letters and digits. */
    private static String withoutTrailing(String text, String chars) {
        int end = text.length();
        while (end > 0 && (chars == null ? !Character.isLetterOrDigit(text.charAt(end - 1))
                : chars.indexOf(text.charAt(end - 1)) >= 0)) end--;
        return text.substring(0, end);
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
        if (text.chars().anyMatch(c -> c == '.' || c == '!' || c == '?')) return false;
        List<String> long4 = Words.of(text).stream().map(Words.Word::text)
                .filter(w -> w.codePointCount(0, w.length()) >= 4).toList();
        return long4.size() >= 4 && long4.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }
}
