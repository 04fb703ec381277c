package io.copydeck.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * Sentences and tagged words of a text, by LanguageTool 6.6: its sentence splitter (SRX rules), word
 * tokenizer and part-of-speech tagger for English (Penn tags: NN..., JJ...) and German (STTS-like: SUB...,
 * ADJ...). The disambiguator is not run: it costs more than the rest together, and a word that may be a noun
 * is enough to be a candidate aspect. Each language's dictionaries load on first use (about 10 s for both).
 */
final class TextAnalyser {
    /** English readings that make a word more than a noun: verb, adjective, adverb, function word. */
    private static final java.util.regex.Pattern ENGLISH_NOT_NOUN =
            java.util.regex.Pattern.compile("(^|\\s)(VB|JJ|RB|CC|DT|IN|MD|PRP|WDT|WP|WRB|UH|TO|PDT|EX)");
    private final Language english = Languages.getLanguageForShortCode("en-US");
    private final Language german = Languages.getLanguageForShortCode("de-DE");

    private static String tags(AnalyzedTokenReadings t) {
        StringBuilder s = new StringBuilder();
        for (AnalyzedToken r : t.getReadings()) if (r.getPOSTag() != null) s.append(' ').append(r.getPOSTag());
        return s.toString();
    }

    /** The sentences of {@code text}, each its tokens with their offsets in {@code text}; words only. */
    List<List<Token>> sentences(String text, String language) {
        Language lang = "de".equals(language) ? german : english;
        boolean isGerman = lang == german;
        List<List<Token>> sentences = new ArrayList<>();
        int cursor = 0;
        try {
            for (String sentence : lang.getSentenceTokenizer().tokenize(text)) {
                int sentenceStart = text.indexOf(sentence, cursor);
                if (sentenceStart < 0) sentenceStart = cursor;
                cursor = sentenceStart + sentence.length();
                List<String> words = lang.getWordTokenizer().tokenize(sentence);
                List<AnalyzedTokenReadings> tagged = lang.getTagger().tag(words);
                List<Token> tokens = new ArrayList<>();
                int at = sentenceStart;
                for (AnalyzedTokenReadings t : tagged) {
                    String word = t.getToken();
                    int start = text.indexOf(word, at);
                    if (start < 0 || word.isBlank()) continue;
                    at = start + word.length();
                    AnalyzedToken first = t.getAnalyzedToken(0);
                    String lower = word.toLowerCase(Locale.ROOT);
                    String lemma = first.getLemma() == null ? lower : first.getLemma().toLowerCase(Locale.ROOT);
                    // Without the disambiguator a word has all its readings: a noun here is one that can be
                    // nothing else a clause's subject could be ("but" and "great" have noun readings too).
                    boolean noun = isGerman ? (t.hasPosTagStartingWith("SUB") || t.hasPosTagStartingWith("EIG"))
                            && !t.hasPosTagStartingWith("ADJ") && !t.hasPosTagStartingWith("VER")
                            && !t.hasPosTagStartingWith("ADV") && !t.hasPosTagStartingWith("KON")
                            : t.hasPosTagStartingWith("NN") && !ENGLISH_NOT_NOUN.matcher(tags(t)).find();
                    boolean adjective = isGerman ? t.hasPosTagStartingWith("ADJ") : t.hasPosTagStartingWith("JJ");
                    boolean nounReading = t.hasPosTagStartingWith(isGerman ? "SUB" : "NN");
                    tokens.add(new Token(word, lower, lemma, noun, nounReading, adjective, start, at));
                }
                if (!tokens.isEmpty()) sentences.add(tokens);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("LanguageTool's tagger could not read its dictionary", e);
        }
        return sentences;
    }
}
