package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.FieldSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * `sentence-shape`: every sentence is whole. A sentence that starts in lowercase after another
 * ended ("That's something good. is here.") is the tail of one the model lost track of, and a
 * sentence of nothing but punctuation (". .") is none at all. Not after an abbreviation ("e.g.
 * green tea"), nor a name that starts lowercase ("iPhone"); a text may open in lowercase, as a
 * headline may. The repair drops the broken sentences.
 */
public final class SentenceShape implements CopyRule {
    public static final String ID = "sentence-shape";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement(FieldSpec field) {
        return field.name() + " is in whole sentences";
    }

    @Override
    public List<Finding> check(RuleInput in) {
        List<Finding> found = new ArrayList<>();
        List<Sentences.Sentence> sentences = Sentences.of(in.text());
        for (int i = 0; i < sentences.size(); i++) {
            Sentences.Sentence s = sentences.get(i);
            String problem = !hasContent(s.text()) ? "a sentence with no words"
                    : i > 0 && startsLowercase(s.text()) && endsSentence(sentences.get(i - 1).text())
                    ? "\"" + s.text() + "\" starts in lowercase after a full stop: a broken sentence" : null;
            if (problem != null) found.add(new Finding(ID, problem, s.start(), s.end()));
        }
        return found;
    }

    @Override
    public Optional<String> repair(RuleInput in) {
        Set<Integer> broken = new HashSet<>();
        check(in).forEach(f -> broken.add(f.start()));
        if (broken.isEmpty()) return Optional.empty();
        return Optional.of(Sentences.drop(in.text(), s -> broken.contains(s.start())));
    }

    /** Anything but punctuation and space: words, numbers, hashtags, emoji. */
    private static boolean hasContent(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !punctuation(c));
    }

    private static boolean punctuation(int c) {
        int t = Character.getType(c);
        return t == Character.OTHER_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.CONNECTOR_PUNCTUATION;
    }

    /** The first word starts with a lowercase letter and is all lowercase: "is", not "iPhone" nor "4". */
    private static boolean startsLowercase(String text) {
        List<Words.Word> words = Words.of(text);
        if (words.isEmpty()) return false;
        String first = words.get(0).text();
        return Character.isLowerCase(first.codePointAt(0)) && first.codePoints().noneMatch(Character::isUpperCase);
    }

    /**
     * Ends with . ! or ?, and not on an abbreviation: a single letter ("A.") or a word with a dot
     * inside ("e.g.", "i.e."). An ellipsis lets a sentence go on in lowercase.
     */
    private static boolean endsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        if (last != '.' && last != '!' && last != '?') return false;
        if (last != '.') return true;
        String word = text.substring(text.lastIndexOf(' ') + 1, text.length() - 1);
        return word.length() > 1 && word.indexOf('.') < 0;
    }
}
