package io.copydeck.research;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The language of a review, by the Optimaize detector LanguageTool 6.6 ships and builds its own identifier on
 * (every built-in profile, about 70 languages; nothing downloaded). LanguageTool's own identifier class cannot
 * be used without its Spanish, Catalan and Portuguese modules (see cli's eval TextLanguage, which reads the
 * same profiles). English and German reviews are analysed; others are counted and listed as not analysed.
 */
final class ReviewLanguage {
    /** Languages whose reviews are analysed: LanguageTool's English and German modules are on the classpath. */
    static final Set<String> ANALYSED = Set.of("en", "de");
    /** A text of fewer words is not judged ("Great!"): it is read as English, and counted as undetermined. */
    static final int MIN_WORDS = 4;
    /** Below this probability the detector's best guess is no answer. */
    static final double MIN_PROBABILITY = 0.5;
    static final String UNDETERMINED = "und";
    /** Below this many words a text's best guess may give way to an analysed language the detector also names. */
    static final int SHORT_WORDS = 12;

    private final LanguageDetector detector;

    ReviewLanguage() {
        try {
            // A fixed seed: the detector samples n-grams at random, and the same review must get the same answer.
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).seed(41L)
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("the language profiles in the detector's jar cannot be read", e);
        }
    }

    /** An ISO 639-1 code ("en", "de", "fr"), or {@link #UNDETERMINED} for a short or unclear text. */
    String of(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetter(text.charAt(i));
            if (letter && !inWord) words++;
            inWord = letter;
        }
        if (words < MIN_WORDS) return UNDETERMINED;
        List<DetectedLanguage> found = detector.getProbabilities(text);
        if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) return UNDETERMINED;
        String best = found.get(0).getLocale().getLanguage();
        if (!ANALYSED.contains(best) && words < SHORT_WORDS) {
            // A short text misleads character n-grams ("Great dentist but getting an appointment takes weeks."
            // reads as Dutch): an analysed language the detector also names is taken instead.
            for (DetectedLanguage d : found) {
                if (ANALYSED.contains(d.getLocale().getLanguage())) return d.getLocale().getLanguage();
            }
        }
        return best;
    }
}
