package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.text.EnglishSpelling;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * `spelling`: copy for an en-GB campaign writes "colour" and "organise", for an en-US one "color"
 * and "organize" ({@link EnglishSpelling}). The realiser writes the model's own words in the
 * locale's spelling, so what this finds is a fact the strategist spelled the other way — which
 * `check` warns about (W314) and this leaves alone, since the brief's words are the strategist's —
 * or model words that reached the text some other way. The repair respells what is not a fact.
 */
public final class LocaleSpelling implements CopyRule {
    public static final String ID = "spelling";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement(FieldSpec field) {
        return field.name() + " is spelled as the campaign's locale spells";
    }

    @Override
    public List<Finding> check(RuleInput in) {
        Optional<EnglishSpelling.Variant> variant = EnglishSpelling.Variant.of(in.brief().campaign().locale());
        if (variant.isEmpty()) return List.of();
        List<Finding> found = new ArrayList<>();
        for (EnglishSpelling.Foreign f : foreign(in, variant.get())) {
            found.add(new Finding(ID, "\"" + f.word() + "\" is spelled \"" + f.respelled() + "\" in "
                    + in.brief().campaign().locale().toLanguageTag(), f.start(), f.end()));
        }
        return found;
    }

    @Override
    public Optional<String> repair(RuleInput in) {
        Optional<EnglishSpelling.Variant> variant = EnglishSpelling.Variant.of(in.brief().campaign().locale());
        if (variant.isEmpty()) return Optional.empty();
        String respelled = EnglishSpelling.respell(in.text(), variant.get(), word -> theBriefs(in, word));
        return respelled.equals(in.text()) ? Optional.empty() : Optional.of(respelled);
    }

    /** The other spelling's words in the text that are no word of the brief's facts or must-includes. */
    private static List<EnglishSpelling.Foreign> foreign(RuleInput in, EnglishSpelling.Variant variant) {
        return EnglishSpelling.foreign(in.text(), variant).stream().filter(f -> !theBriefs(in, f.word())).toList();
    }

    /** A word of the brief's facts or of the field's must-includes: the strategist's spelling. */
    private static boolean theBriefs(RuleInput in, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return in.facts().words().contains(w)
                || in.field().mustInclude().stream().anyMatch(m -> Words.distinctLower(m).contains(w));
    }
}
