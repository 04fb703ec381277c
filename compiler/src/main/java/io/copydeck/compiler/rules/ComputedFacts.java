package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.brief.Phrases;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * `computed-facts`: numbers are computed, never generated. Every price, percentage, promo code,
 * date and number in the text is one the brief states, in the same role ({@link Claims}): a price
 * as a price, a percentage as a percentage, a bare number as a bare number ("100 g", "18 hours").
 * A bare number may also be a count the brief gives in words ("four minutes": 4) or a bundle's
 * quantity. A percent sign needs a number before it, and a bare number where a price or discount
 * goes ("Save 2027", "15 off") states a price without saying which: both are wrong whatever the
 * brief holds. The channel's must-include texts count as stated. The repair drops each sentence that makes such a claim; the layouts state the offer.
 */
public final class ComputedFacts implements CopyRule {
    public static final String ID = "computed-facts";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement(FieldSpec field) {
        return field.name() + " states only the brief's prices, percentages, codes, dates and numbers";
    }

    @Override
    public List<Finding> check(RuleInput in) {
        Facts facts = in.facts();
        String text = in.text();
        // What the channel must include is declared by the spec, so it is a fact too: a promo code a
        // channel requires on every product, promo or not.
        Set<String> required = new HashSet<>();
        in.field().mustInclude().forEach(m -> Claims.in(m, facts.locale()).forEach(c -> required.add(c.key())));
        List<Finding> found = new ArrayList<>();
        for (Claims.Claim claim : Claims.in(text, facts.locale())) {
            if (required.contains(claim.key())) continue;
            String problem = switch (claim.kind()) {
                case LONE_PERCENT -> "a % sign with no number before it";
                case NUMBER -> inPricePlace(text, claim, in.brief().phrases())
                        ? "\"" + claim.text() + "\" stands where a price or discount goes, with no currency or %"
                        : facts.states(claim) || facts.counts(claim.text()) ? null
                        : "\"" + claim.text() + "\" is no number the brief states";
                default -> facts.states(claim) ? null
                        : "\"" + claim.text() + "\" is no " + role(claim.kind()) + " of the brief";
            };
            if (problem != null) found.add(new Finding(ID, problem, claim.start(), claim.end()));
        }
        return found;
    }

    @Override
    public Optional<String> repair(RuleInput in) {
        return dropSentencesWithFindings(in);
    }

    /** After "save", "instead of" or "Price:", or before "off", in the brief's language. */
    private static boolean inPricePlace(String text, Claims.Claim claim, Phrases phrases) {
        String before = text.substring(0, claim.start()).stripTrailing().toLowerCase(Locale.ROOT);
        String after = text.substring(claim.end()).stripLeading().toLowerCase(Locale.ROOT);
        return endsWithWord(before, phrases.word("save")) || endsWithWord(before, phrases.word("instead_of"))
                || endsWithWord(before, phrases.word("price") + ":") || startsWithWord(after, phrases.word("off"));
    }

    private static boolean endsWithWord(String text, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int at = text.length() - w.length();
        return text.endsWith(w) && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)));
    }

    private static boolean startsWithWord(String text, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return text.startsWith(w) && (text.length() == w.length() || !Character.isLetterOrDigit(text.charAt(w.length())));
    }

    private static String role(Claims.Kind kind) {
        return switch (kind) {
            case DATE -> "date";
            case PRICE -> "price";
            case PERCENT -> "percentage";
            case CODE -> "code";
            default -> "fact";
        };
    }
}
