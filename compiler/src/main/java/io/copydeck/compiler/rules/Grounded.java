package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.FieldSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * `grounded`: every word of the text is the brief's or the language's neutral lexicon's
 * ({@link NeutralLexicon}). A small model trained on many categories carries their words into
 * another brief ("Sore legs?" in a savings account's email, "#RunHappy" under a tea): the words around
 * the facts may be only the neutral words every category shares, and what the copy says about the
 * product, the audience and the category must come from the brief.
 *
 * <p>A word is grounded when it is a word of any text of {@code Brief.facts()} or of the field's
 * must-includes, in any case, or in the lexicon (with a clitic: "it's", "{product}'s", "isn't").
 * Left to other rules: words with a digit (prices, codes, dates: {@code computed-facts}), an avoided
 * phrase where the text says it ({@code avoided-phrase}: "cheap" is found once, as avoided), and a
 * capitalised word inside a run of capitalised words in running text ("Meet Willow Harbour Chai"),
 * which is a name ({@code declared-names}); at a sentence start and in a title-case headline every
 * word is judged. A hashtag is grounded when the channel declares it, or when it is words of one
 * fact run together ({@code #HarbourChai} from "Harbour Chai", {@code #tea}), in any case.
 *
 * <p>A language with no lexicon file passes every text: German comes with #14. The repair drops each
 * sentence with an ungrounded word.
 */
public final class Grounded implements CopyRule {
    public static final String ID = "grounded";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement(FieldSpec field) {
        return field.name() + " uses only the brief's words and neutral ones";
    }

    @Override
    public List<Finding> check(RuleInput in) {
        Optional<NeutralLexicon> lexicon = NeutralLexicon.of(in.brief().language());
        if (lexicon.isEmpty()) return List.of();
        Facts facts = in.facts();
        Set<String> required = new HashSet<>();
        in.field().mustInclude().forEach(m -> required.addAll(Words.distinctLower(m)));
        Set<String> neutral = lexicon.get().words();
        String text = in.text();
        List<Finding> avoided = AvoidedPhrase.occurrences(ID, text, in.field().avoid());
        List<Finding> found = new ArrayList<>();
        for (NeutralLexicon.Token t : NeutralLexicon.tokens(text)) {
            // What an avoided phrase says is the avoided-phrase rule's finding: "cheap" is not also ungrounded.
            if (avoided.stream().anyMatch(a -> a.start() <= t.start() && t.end() <= a.end())) continue;
            if (t.hashtag()) {
                if (!hashtagGrounded(t.word(), facts, in.brief().channel().hashtags())) {
                    found.add(new Finding(ID, "\"" + t.text() + "\" is no hashtag of the channel nor words of the brief",
                            t.start(), t.end()));
                }
                continue;
            }
            String word = NeutralLexicon.normal(t.text());
            if (word.chars().anyMatch(Character::isDigit)) continue;
            if (NeutralLexicon.covered(word, w -> neutral.contains(w) || facts.words().contains(w) || required.contains(w))) {
                continue;
            }
            if (inName(text, t)) continue;
            found.add(new Finding(ID, "\"" + t.text() + "\" is no word of the brief or of the neutral lexicon",
                    t.start(), t.end()));
        }
        return found;
    }

    @Override
    public Optional<String> repair(RuleInput in) {
        return dropSentencesWithFindings(in);
    }

    /** A declared hashtag, or the words of one fact (a run of them) written together, in any case. */
    static boolean hashtagGrounded(String tag, Facts facts, List<String> declared) {
        String lower = tag.toLowerCase(Locale.ROOT);
        for (String h : declared) {
            if (h.strip().replaceFirst("^#", "").equalsIgnoreCase(tag)) return true;
        }
        for (List<String> words : facts.wordsByFact()) {
            for (int from = 0; from < words.size(); from++) {
                StringBuilder joined = new StringBuilder();
                for (int to = from; to < words.size() && joined.length() < lower.length(); to++) {
                    joined.append(words.get(to));
                    if (joined.length() == lower.length() && joined.toString().equals(lower)) return true;
                    if (!lower.startsWith(joined.toString())) break;
                }
            }
        }
        return false;
    }

    /**
     * A capitalised word beside another one (a space or tab between), not at a sentence start, on a
     * line that is no title-case headline: part of a name, which `declared-names` judges.
     */
    private static boolean inName(String text, NeutralLexicon.Token t) {
        if (!Character.isUpperCase(t.text().codePointAt(0)) || sentenceStart(text, t.start())) return false;
        int lineStart = text.lastIndexOf('\n', t.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', t.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        if (titleCase(line)) return false;
        return capitalisedBeside(text, t.start() - 1, -1) || capitalisedBeside(text, t.end(), 1);
    }

    /** Whether a capitalised word starts (or ends) right beyond one space or tab at {@code at}, going {@code step}. */
    private static boolean capitalisedBeside(String text, int at, int step) {
        if (at < 0 || at >= text.length() || (text.charAt(at) != ' ' && text.charAt(at) != '\t')) return false;
        int i = at + step;
        if (i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i))) return false;
        if (step > 0) return Character.isUpperCase(text.charAt(i));
        while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’')) i--;
        return Character.isUpperCase(text.charAt(i));
    }

    /** At the text's or a line's start, or after `.`, `!`, `?`, `:` or `…` (quotes, brackets, bullets and spaces between). */
    static boolean sentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '…') return true;
            if (!(Character.isWhitespace(c) || "\"'“‘([*-#>•–—".indexOf(c) >= 0)) return false;
        }
        return true;
    }

    /**
     * A headline in title case ("Fresh Tea Delivered to Your Desk"), as `declared-names` reads one: no
     * sentence punctuation, and four or more words of four letters or more, all capitalised.
     */
    private static boolean titleCase(String line) {
        if (line.chars().anyMatch(c -> c == '.' || c == '!' || c == '?')) return false;
        List<String> long4 = Words.of(line).stream().map(Words.Word::text)
                .filter(w -> w.codePointCount(0, w.length()) >= 4).toList();
        return long4.size() >= 4 && long4.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }
}
