package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.FieldSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * `no-loop`: a word trigram seen twice, or one word four times in a row, is the model looping. The
 * repair drops a line or sentence that says again, word for word, what an earlier one said: a list
 * that states one fact twice ("- fresh tea" from `{benefit}` and again from `{benefit.0}`) keeps one.
 */
public final class NoLoop implements CopyRule {
    public static final String ID = "no-loop";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement(FieldSpec field) {
        return field.name() + " does not repeat itself";
    }

    /**
     * Looping is within a run of text: trigrams are compared within a paragraph, since the parts of
     * a long field (a post's sections, dsl/plan/LongForm) are generated one by one and may each say
     * "with {product} you" once. Across paragraphs, a sentence said again word for word is a loop.
     */
    @Override
    public List<Finding> check(RuleInput in) {
        Set<String> sentences = new HashSet<>();
        int offset = 0;
        for (String paragraph : in.text().split("\n\n", -1)) {
            List<Finding> found = inParagraph(paragraph, offset);
            if (!found.isEmpty()) return found;
            for (Sentences.Sentence s : Sentences.of(paragraph)) {
                List<Words.Word> w = Words.of(s.text());
                if (w.size() >= 5 && !sentences.add(key(s.text()))) {
                    return List.of(new Finding(ID, "\"" + s.text().strip() + "\" a second time", offset + s.start(),
                            offset + s.end()));
                }
            }
            offset += paragraph.length() + 2;
        }
        return List.of();
    }

    private static List<Finding> inParagraph(String text, int offset) {
        List<Words.Word> words = Words.of(text);
        Set<String> trigrams = new HashSet<>();
        int run = 1;
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && words.get(i).lower().equals(words.get(i - 1).lower())) {
                if (++run >= 4) return List.of(at(words, i - 3, i, offset, "the same word four times in a row"));
            } else {
                run = 1;
            }
            if (i >= 2) {
                String t = words.get(i - 2).lower() + " " + words.get(i - 1).lower() + " " + words.get(i).lower();
                if (!trigrams.add(t)) return List.of(at(words, i - 2, i, offset, "\"" + t + "\" a second time"));
            }
        }
        return List.of();
    }

    @Override
    public Optional<String> repair(RuleInput in) {
        Set<String> seen = new HashSet<>();
        List<String> lines = new ArrayList<>();
        for (String line : in.text().split("\n", -1)) {
            String key = key(line);
            if (!key.isEmpty() && !seen.add(key)) continue;
            lines.add(line);
        }
        Set<String> sentences = new HashSet<>();
        // A sentence of three words or more, said twice: short ones ("Learn more.") may recur.
        String text = Sentences.drop(String.join("\n", lines),
                s -> Words.of(s.text()).size() >= 3 && !sentences.add(key(s.text())));
        return text.equals(in.text()) ? Optional.empty() : Optional.of(text);
    }

    /** A text's words, lowercase, one space apart: how two lines compare. */
    private static String key(String text) {
        StringBuilder k = new StringBuilder();
        for (Words.Word w : Words.of(text)) k.append(k.length() == 0 ? "" : " ").append(w.lower());
        return k.toString();
    }

    private static Finding at(List<Words.Word> words, int first, int last, int offset, String message) {
        return new Finding(ID, message, offset + words.get(first).start(), offset + words.get(last).end());
    }
}
