package io.copydeck.compiler;

import java.util.regex.Pattern;

/**
 * Turns a raw completion into clean copy: whitespace normalised, no half sentence at the end
 * (cut back to the last sentence end, or else the last whole word), no dangling quotes or
 * brackets. Single-line fields become one line.
 */
public final class TextCleaner {
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");
    /** Punctuation a phrase cut mid-sentence must not end on: "Fresh tea," or "Cold brew –". */
    private static final Pattern TRAILING_PAUSE = Pattern.compile("[,;:\\-–—]+$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?:[\"'”’)\\]]*)(?=\\s|$)");
    /** A label the model put before its text, imitating prompt layouts: "A: ", "Text: ", "Headline - ". */
    private static final Pattern LEADING_LABEL = Pattern.compile("^(?:[A-Z]|(?i:text|headline|subject|body|description"
            + "|title|preview|answer|copy|post|tweet|caption|primary text|intro|cta))\\s?[:\\-–]\\s+(?=\\S)");

    private TextCleaner() {}

    /**
     * @param complete whether the model ended the text itself (end of text or a stop sequence);
     *                 when it ran out of tokens, the last sentence is likely cut and is dropped
     */
    public static String clean(String raw, boolean singleLine, boolean complete) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        text = text.replace("<|endoftext|>", "");
        if (singleLine) {
            text = text.strip();
            int newline = text.indexOf('\n');
            if (newline >= 0) text = text.substring(0, newline);
        }
        StringBuilder lines = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            lines.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        text = lines.toString().replaceAll("\n{3,}", "\n\n").strip();
        text = LEADING_LABEL.matcher(text).replaceFirst("");
        if (!complete) text = cutUnfinished(text);
        return balance(text).strip();
    }

    /**
     * Shortens a text to fit a length test: back to the last sentence end that fits, else the
     * last whole word that fits (then {@code cutMidSentence} is true). Returns null if not even
     * one word fits.
     */
    public record Fitted(String text, boolean cutMidSentence) {}

    public static Fitted fit(String text, java.util.function.Predicate<String> fits) {
        if (fits.test(text)) return new Fitted(text, false);
        var m = SENTENCE_END.matcher(text);
        String best = null;
        while (m.find()) {
            String candidate = text.substring(0, m.end()).strip();
            if (!fits.test(candidate)) break;
            best = candidate;
        }
        if (best != null) return new Fitted(best, false);
        String[] words = text.split(" ");
        StringBuilder s = new StringBuilder();
        String last = null;
        for (String w : words) {
            String next = s.length() == 0 ? w : s + " " + w;
            String trimmed = TRAILING_PAUSE.matcher(next).replaceAll("");
            if (!fits.test(trimmed)) break;
            s = new StringBuilder(next);
            last = trimmed;
        }
        String ending = last == null ? null : withoutDanglingEnd(last);
        return ending == null || ending.isBlank() ? null : new Fitted(balance(ending), true);
    }

    /** Words a phrase cut mid-sentence must not end on: "A clear head without the", "coffee in 30". */
    private static final java.util.Set<String> DANGLING = java.util.Set.of("a", "an", "the", "and", "or", "but", "of",
            "to", "for", "with", "without", "in", "on", "at", "by", "from", "into", "your", "our", "my", "their",
            "its", "is", "are", "was", "be", "that", "than", "as", "so", "just", "only", "no", "not", "more", "less");

    /** Drops dangling words and bare numbers from the end of a cut phrase; null when nothing is left. */
    static String withoutDanglingEnd(String phrase) {
        String[] words = phrase.split(" ");
        int n = words.length;
        while (n > 0) {
            String w = TRAILING_PAUSE.matcher(words[n - 1].toLowerCase(java.util.Locale.ROOT)).replaceAll("");
            if (!DANGLING.contains(w) && !w.chars().allMatch(Character::isDigit)) break;
            n--;
        }
        return n == 0 ? null : TRAILING_PAUSE.matcher(String.join(" ", java.util.Arrays.copyOf(words, n))).replaceAll("");
    }

    /** Back to the last sentence end; if there is none, the whole text minus a cut last word. */
    static String cutUnfinished(String text) {
        var m = SENTENCE_END.matcher(text);
        int end = -1;
        while (m.find()) end = m.end();
        if (end > 0) return text.substring(0, end);
        int space = text.lastIndexOf(' ');
        return space > 0 ? TRAILING_PAUSE.matcher(text.substring(0, space)).replaceAll("") : text;
    }

    /** Drops an unmatched trailing or leading quote or bracket. */
    static String balance(String text) {
        String t = text;
        for (String[] pair : new String[][] {{"\"", "\""}, {"“", "”"}, {"(", ")"}, {"[", "]"}}) {
            int open = count(t, pair[0]);
            int close = pair[0].equals(pair[1]) ? 0 : count(t, pair[1]);
            boolean unbalanced = pair[0].equals(pair[1]) ? open % 2 == 1 : open != close;
            if (!unbalanced) continue;
            if (t.startsWith(pair[0]) && (pair[0].equals(pair[1]) || open > close)) {
                t = t.substring(pair[0].length()).strip();
            } else if (t.endsWith(pair[1])) {
                t = t.substring(0, t.length() - pair[1].length()).strip();
            } else if (pair[0].equals(pair[1]) || open > close) {
                int at = t.lastIndexOf(pair[0]);
                t = (t.substring(0, at) + t.substring(at + pair[0].length())).replaceAll("\\s{2,}", " ").strip();
            }
        }
        return t;
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) n++;
        return n;
    }
}
