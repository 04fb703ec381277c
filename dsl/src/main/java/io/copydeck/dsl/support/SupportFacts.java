package io.copydeck.dsl.support;

import io.copydeck.dsl.model.Brand;
import io.copydeck.dsl.model.Campaign;
import io.copydeck.dsl.model.Spec;
import io.copydeck.dsl.model.Support;
import io.copydeck.dsl.model.SupportFaq;
import io.copydeck.dsl.model.SupportPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * The support facts of a checked spec, ready to index: the campaign's `support { }` merged over its
 * brand's ({@link Support#merge}), as a list of facts with stable ids, and the handoff text an
 * answer falls back to. Kept apart from the brief: support facts answer customers and never reach
 * the copy's prompts. The handoff is not a fact (it answers nothing), so it is not in the list.
 *
 * @param handoff null when no support block declares one (the checker warns: W405)
 */
public record SupportFacts(List<SupportFact> facts, String handoff) {
    public static final String PREFIX = "support.";

    public SupportFacts {
        facts = List.copyOf(facts);
    }

    /** The campaign's facts over its brand's; a spec without a campaign gives its first brand's. */
    public static SupportFacts of(Spec spec) {
        Campaign c = spec.campaign();
        Brand brand = c == null ? spec.brands().stream().findFirst().orElse(null)
                : c.brand() == null ? null
                : spec.brands().stream().filter(b -> b.id().equals(c.brand().name())).findFirst().orElse(null);
        return of(Support.merge(brand == null ? null : brand.support(), c == null ? null : c.support()));
    }

    /** The facts of one (merged) support block; empty for null. */
    public static SupportFacts of(Support support) {
        if (support == null) return new SupportFacts(List.of(), null);
        List<SupportFact> facts = new ArrayList<>();
        if (support.contact() != null) {
            facts.add(new SupportFact(PREFIX + "contact", "contact", support.contact(), support.where().of("contact")));
        }
        if (support.hours() != null) {
            facts.add(new SupportFact(PREFIX + "hours", "opening hours", support.hours(), support.where().of("hours")));
        }
        // A text that failed to check is null; the spec has an error then, and the fact is left out.
        for (SupportPolicy p : support.policies()) {
            if (p.text() == null) continue;
            facts.add(new SupportFact(PREFIX + "policy." + p.id(), words(p.id()), p.text(), p.where().range()));
        }
        for (SupportFaq f : support.faqs()) {
            if (f.answer() == null) continue;
            facts.add(new SupportFact(PREFIX + "faq." + f.id(), f.question(), f.answer(), f.where().range()));
        }
        return new SupportFacts(facts, support.handoff());
    }

    /** `late_delivery` as "late delivery": a name is the nearest thing a policy has to a topic. */
    private static String words(String name) {
        return name.replace('_', ' ');
    }
}
