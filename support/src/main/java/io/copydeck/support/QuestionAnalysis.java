package io.copydeck.support;

import io.copydeck.dsl.brief.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How facts and questions are cut into terms: Lucene's English analysis (possessives, lowercase, stop
 * words, WordNet's irregular forms as their lemma, Porter stemming: {@link EnglishLemmaAnalyzer}) or
 * German analysis (normalisation, light stemming), with the words every
 * question is wrapped in ("could you please tell me", "können Sie mir bitte") added to the stop words,
 * so that a polite question and a blunt one ask for the same terms and the coverage check
 * ({@link FactIndex}) counts only the words that say what is asked.
 */
final class QuestionAnalysis {
    private static final List<String> ENGLISH_FILLERS = List.of(
            "i", "i'm", "im", "me", "my", "mine", "myself", "you", "your", "yours", "we", "our", "us", "hi", "hello",
            "hey", "dear", "please", "pls", "plz", "thanks", "thank", "cheers", "can", "could", "would", "should",
            "may", "might", "do", "does", "did", "done", "tell", "know", "let", "want", "wanna", "like", "what",
            "what's", "whats", "which", "how", "why", "i'd", "i'll", "i've", "his", "her", "own", "happen", "happens", "where", "policy", "policies", "allowed", "allow", "permitted", "just", "also", "really", "quick", "question",
            "wondering", "wonder", "curious", "help", "info", "information", "get", "got", "any", "some", "am",
            "been", "being", "has", "had", "so", "ok", "okay", "yes", "anyone", "someone", "here", "there", "out",
            "find", "need", "again", "exactly", "actually", "guys", "folks", "possible", "kindly", "one", "from",
            // Contractions of words the stop list already holds ("do not", "is not"): said, not asked about.
            "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "isn't", "isnt", "aren't", "arent",
            "can't", "cant", "won't", "wont", "wasn't", "wasnt", "it's", "that's", "there's");
    private static final List<String> GERMAN_FILLERS = List.of(
            "ich", "mir", "mich", "mein", "meine", "sie", "ihnen", "ihr", "ihre", "wir", "uns", "unser", "hallo",
            "guten", "tag", "bitte", "gerne", "danke", "kann", "können", "könnten", "würde", "würden", "möchte",
            "sagen", "wissen", "was", "wie", "wer", "welche", "welcher", "welches", "warum", "frage", "gibt",
            "es", "mal", "eigentlich", "denn", "noch", "man", "da", "hier", "eine", "einen", "einem", "ein");

    private final Analyzer analyzer;

    private QuestionAnalysis(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    static QuestionAnalysis of(Language language) {
        if (language == Language.GERMAN) {
            CharArraySet stop = new CharArraySet(GermanAnalyzer.getDefaultStopSet(), true);
            stop.addAll(GERMAN_FILLERS);
            return new QuestionAnalysis(new GermanAnalyzer(stop));
        }
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        stop.addAll(ENGLISH_FILLERS);
        return new QuestionAnalysis(new EnglishLemmaAnalyzer(stop));
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** The terms of a text, in order, as the index holds them. */
    List<String> terms(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string never reads a file", e);
        }
        return out;
    }
}
