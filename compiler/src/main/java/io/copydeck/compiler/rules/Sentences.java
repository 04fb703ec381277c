package io.copydeck.compiler.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A text's sentences, as rules see and drop them: a sentence ends with . ! ? or … before a space
 * or the end of the text, except the full stop of an initial or a dotted abbreviation before a word in
 * small letters ("E. coli", "e.g. this"); a line ends one too (a title, a list line), and paragraphs
 * (blank lines) are kept apart.
 */
public final class Sentences {
    /** One sentence: its text and where it starts in the whole. */
    public record Sentence(String text, int start) {
        public int end() {
            return start + text.length();
        }
    }

    private Sentences() {}

    public static List<Sentence> of(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean endMark = c == '.' || c == '!' || c == '?' || c == '…';
            boolean atBreak = (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !(c == '.' && initialBefore(text, i) && nextWordIsLowercase(text, i + 1));
            // A line break ends a sentence too: a subhead or a block's title has no end mark, and read as the
            // start of the next sentence it made "Heated van\nEvery Full Groom has it." one sentence with a
            // run of capitals no brief declares.
            boolean lineBreak = c == '\n';
            if ((endMark && atBreak) || lineBreak) {
                add(out, text, start, i + 1);
                start = i + 1;
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    /**
     * Whether the full stop at {@code dot} closes an initial or a dotted abbreviation: one letter ("E."),
     * or letters with stops between them ("e.g."). "good." is a word, and "good. is here" a broken sentence.
     */
    private static boolean initialBefore(String text, int dot) {
        int j = dot;
        while (j > 0 && (Character.isLetter(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) j--;
        String word = text.substring(j, dot);
        return word.length() == 1 || word.matches("(\\p{L}\\.)+\\p{L}");
    }

    /** Whether the next word after {@code from} (on the same line) starts with a small letter. */
    private static boolean nextWordIsLowercase(String text, int from) {
        int j = from;
        while (j < text.length() && text.charAt(j) == ' ') j++;
        return j < text.length() && Character.isLowerCase(text.charAt(j));
    }

    private static void add(List<Sentence> out, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        if (from < to) out.add(new Sentence(text.substring(from, to), from));
    }

    /**
     * The text without the sentences for which {@code drop} holds (one stating a price no fact backs,
     * one naming a product nobody declared); the rest stays as written, with the line and paragraph
     * breaks between the sentences kept.
     */
    public static String drop(String text, Predicate<Sentence> drop) {
        StringBuilder out = new StringBuilder();
        String gap = "";
        int previousEnd = 0;
        for (Sentence sentence : of(text)) {
            gap = wider(gap, text.substring(previousEnd, sentence.start()));
            previousEnd = sentence.end();
            if (drop.test(sentence)) continue;
            if (out.length() > 0) out.append(gap);
            out.append(sentence.text());
            gap = "";
        }
        return out.toString();
    }

    /** Of two runs of space, the one that breaks more: a paragraph over a line over a space. */
    private static String wider(String a, String b) {
        return newlines(b) > newlines(a) || a.isEmpty() ? (b.isEmpty() ? a : b) : a;
    }

    private static long newlines(String s) {
        return s.chars().filter(c -> c == '\n').count();
    }
}
