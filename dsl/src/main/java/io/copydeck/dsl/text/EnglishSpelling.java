package io.copydeck.dsl.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * American and British spelling of English words (color/colour, organize/organise), from the
 * reviewed list {@code english-spelling.txt} beside this class. The model writes its own words in
 * one spelling; a campaign's locale says which one its copy uses, and this respells the model's
 * words and finds words spelled the other way.
 */
public final class EnglishSpelling {
    /** The two spellings; a locale of neither (plain `en`, `en-CA`) keeps what is written. */
    public enum Variant {
        US, GB;

        /** Countries that spell as Britain does. */
        private static final Set<String> BRITISH = Set.of("GB", "UK", "IE", "AU", "NZ", "ZA", "IN", "SG", "MT");

        public static Optional<Variant> of(Locale locale) {
            if (locale == null || !locale.getLanguage().equals("en")) return Optional.empty();
            if (locale.getCountry().equals("US")) return Optional.of(US);
            return BRITISH.contains(locale.getCountry()) ? Optional.of(GB) : Optional.empty();
        }

        public Variant other() {
            return this == US ? GB : US;
        }
    }

    /** A word spelled the other way: where it is and how this variant spells it. */
    public record Foreign(String word, int start, int end, String respelled) {}

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    private static final Map<String, String> TO_GB = new HashMap<>();
    private static final Map<String, String> TO_US = new HashMap<>();

    static {
        try (InputStream in = EnglishSpelling.class.getResourceAsStream("english-spelling.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                String[] pair = l.split("\\s+");
                TO_GB.put(pair[0], pair[1]);
                TO_US.put(pair[1], pair[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EnglishSpelling() {}

    /** The text with every word of the other spelling written this variant's way, its case kept. */
    public static String respell(String text, Variant variant) {
        return respell(text, variant, word -> false);
    }

    /** As {@link #respell(String, Variant)}, but words {@code keep} accepts (a name's: "Harbor Bank") stay. */
    public static String respell(String text, Variant variant, java.util.function.Predicate<String> keep) {
        List<Foreign> found = foreign(text, variant).stream().filter(f -> !keep.test(f.word())).toList();
        if (found.isEmpty()) return text;
        StringBuilder out = new StringBuilder(text.length() + found.size() * 2);
        int at = 0;
        for (Foreign f : found) {
            out.append(text, at, f.start()).append(f.respelled());
            at = f.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The words of the text spelled the other variant's way, in order. */
    public static List<Foreign> foreign(String text, Variant variant) {
        Map<String, String> toThis = variant == Variant.GB ? TO_GB : TO_US;
        List<Foreign> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            String spelled = toThis.get(word.toLowerCase(Locale.ROOT));
            if (spelled != null) out.add(new Foreign(word, m.start(), m.end(), sameCase(word, spelled)));
        }
        return out;
    }

    /** {@code spelled} in the case of {@code as}: COLOR → COLOUR, Color → Colour, color → colour. */
    private static String sameCase(String as, String spelled) {
        if (as.length() > 1 && as.equals(as.toUpperCase(Locale.ROOT))) return spelled.toUpperCase(Locale.ROOT);
        if (Character.isUpperCase(as.charAt(0))) return Character.toUpperCase(spelled.charAt(0)) + spelled.substring(1);
        return spelled;
    }
}
