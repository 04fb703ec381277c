package io.copydeck.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene's English analysis (as {@link EnglishAnalyzer}: possessives, lowercase, stop words, Porter
 * stemming), with WordNet's irregular forms read as their lemma's stem first
 * ({@code irregular.en.txt}, from support/tools/english-irregular-forms.py): Porter leaves "teeth" and
 * "tooth", "children" and "child" apart, so "I cracked a tooth" missed the fact about teeth. Lucene's
 * own {@link StemmerOverrideFilter} does the reading; the forms are stemmed once, when built.
 */
final class EnglishLemmaAnalyzer extends StopwordAnalyzerBase {
    /** Built once: every FactIndex makes its own analyzer, the forms are the same for all. */
    private static final StemmerOverrideFilter.StemmerOverrideMap IRREGULAR = irregularForms();

    EnglishLemmaAnalyzer(CharArraySet stopwords) {
        super(stopwords);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, stopwords);
        result = new StemmerOverrideFilter(result, IRREGULAR);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static StemmerOverrideFilter.StemmerOverrideMap irregularForms() {
        StemmerOverrideFilter.Builder forms = new StemmerOverrideFilter.Builder(false);
        try (InputStream in = EnglishLemmaAnalyzer.class.getResourceAsStream("irregular.en.txt");
             EnglishAnalyzer porter = new EnglishAnalyzer(CharArraySet.EMPTY_SET)) {
            if (in == null) throw new IllegalStateException("irregular.en.txt is missing from the support module");
            for (String line : RelatedWords.body(new String(in.readAllBytes(), StandardCharsets.UTF_8)).split("\n")) {
                int space = line.indexOf(' ');
                if (space < 0) continue;
                forms.add(line.substring(0, space), stemOf(porter, line.substring(space + 1)));
            }
            return forms.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the irregular English forms", e);
        }
    }

    private static String stemOf(EnglishAnalyzer porter, String word) throws IOException {
        try (TokenStream ts = porter.tokenStream("", word)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            String stem = ts.incrementToken() ? term.toString() : word;
            ts.end();
            return stem;
        }
    }
}
