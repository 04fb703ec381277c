package io.copydeck.cli.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Grammar and spelling by LanguageTool's rules, on this machine (no server, nothing downloaded): English and
 * German, each in the locale's variant where LanguageTool has it (en-GB, en-AU, de-AT, de-CH, ...), else American
 * English and Germany's German (spelling needs a variant); other languages are not checked. A spelling finding
 * on a word of the brief's facts (a brand, a product, a code) is dropped: those are the strategist's words.
 * One {@link JLanguageTool} per variant, made when first needed (it loads its rules and dictionaries then, a
 * few seconds).
 */
public final class LanguageToolGrammar implements GrammarCheck {
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}'’-]+");
    /** The variant of a language without a country, or with one LanguageTool has no variant for. */
    private static final Map<String, String> DEFAULT_VARIANT = Map.of("en", "en-US", "de", "de-DE");
    private final Map<String, JLanguageTool> tools = new HashMap<>();

    @Override
    public Map<String, Integer> check(String text, Locale locale, List<String> facts) {
        JLanguageTool tool = tool(locale);
        if (tool == null) return null;
        Set<String> known = new HashSet<>();
        for (String fact : facts) known.addAll(Arrays.asList(WORD_BREAK.split(fact)));
        Map<String, Integer> byRule = new TreeMap<>();
        try {
            for (RuleMatch m : tool.check(text)) {
                String covered = text.substring(m.getFromPos(), m.getToPos());
                if (m.getRule() instanceof SpellingCheckRule && known.contains(covered)) continue;
                byRule.merge(m.getRule().getId(), 1, Integer::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byRule;
    }

    private JLanguageTool tool(Locale locale) {
        String key = variant(locale);
        if (key == null) return null;
        // Languages' registry, not `new BritishEnglish()`: LanguageTool allows one instance of each language.
        return tools.computeIfAbsent(key, k -> new JLanguageTool(Languages.getLanguageForShortCode(k)));
    }

    /** The LanguageTool variant a locale is checked in ("en-GB", "de-DE"); null for a language not checked. */
    static String variant(Locale locale) {
        String fallback = DEFAULT_VARIANT.get(locale.getLanguage());
        if (fallback == null) return null;
        String own = locale.getLanguage() + "-" + locale.getCountry();
        return !locale.getCountry().isEmpty() && Languages.isLanguageSupported(own) ? own : fallback;
    }
}
