package io.copydeck.cli.eval;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language a text of the model's is written in: the language of most of its character n-grams, by the
 * Optimaize detector's built-in profiles (about 70 languages, read from its jar: nothing is downloaded). It is
 * the detector LanguageTool itself builds on; LanguageTool 6.6's own identifier cannot be used here, as its
 * class initialiser asks for the Spanish, Catalan and Portuguese modules and fails without them. Every profile
 * is a candidate, not only German and English: with two candidates, French copy would count as one of them.
 *
 * <p>The brief's facts (names, benefits, prices, the fixed phrases Copydeck adds) are taken out first: they are
 * the strategist's words, in the campaign's language whatever the model writes, and a German product name in
 * English copy must not make it German. What is left is what the model wrote; fewer than {@link #MIN_WORDS}
 * words of it are too few to judge.
 */
public final class TextLanguage {
    /**
     * Fewer words than this, facts left out, and the text is not judged: the n-grams of a line such as
     * "Here's something new. Learn more." are too few, and the detector named such English lines Breton,
     * Estonian and Norwegian (panel, 2026-12-02).
     */
    public static final int MIN_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private static final class Loaded {
        static final TextLanguage INSTANCE = new TextLanguage();
    }

    private final LanguageDetector detector;

    private TextLanguage() {
        try {
            // A fixed seed: the detector samples n-grams at random, and the same text must get the same answer.
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).seed(41L)
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("the language profiles in the detector's jar cannot be read", e);
        }
    }

    /** The one detector of this process, its profiles read when first asked for (about three seconds). */
    public static TextLanguage get() {
        return Loaded.INSTANCE;
    }

    /**
     * The ISO 639-1 code of the language {@code text} is written in ("de", "en"), the facts' texts left out;
     * null when too few words are left to judge, or the detector names none.
     */
    public String of(String text, List<String> facts) {
        String own = withoutFacts(text, facts);
        if (words(own) < MIN_WORDS) return null;
        List<DetectedLanguage> found = detector.getProbabilities(own);
        return found.stream().max(Comparator.comparingDouble(DetectedLanguage::getProbability))
                .map(d -> d.getLocale().getLanguage()).orElse(null);
    }

    /** The text with every fact taken out where it stands as whole words, in any case; the longest first. */
    static String withoutFacts(String text, List<String> facts) {
        String s = text;
        for (String fact : facts.stream().filter(f -> !f.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            s = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(fact.strip()) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(s).replaceAll(" ");
        }
        return s;
    }

    /** Runs of letters: numbers, prices and codes say nothing of a language. */
    static int words(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
