package io.copydeck.compiler.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words of a text as rules compare them: runs of letters and digits, with where each one is. */
public final class Words {
    /** One word: its text as written and its span in the text. */
    public record Word(String text, int start, int end) {
        public String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private Words() {}

    public static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) start = i;
            if (!inWord && start >= 0) {
                words.add(new Word(text.substring(start, i), start, i));
                start = -1;
            }
        }
        return words;
    }

    /** The distinct words of a text, lowercase. */
    public static Set<String> distinctLower(String text) {
        Set<String> set = new LinkedHashSet<>();
        of(text).forEach(w -> set.add(w.lower()));
        return Set.copyOf(set);
    }

    public static int count(String text) {
        return of(text).size();
    }
}
