package io.copydeck.dsl.check;

import io.copydeck.dsl.brief.FaqPage;
import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.diag.Fix;
import io.copydeck.dsl.model.Campaign;
import io.copydeck.dsl.model.Channel;
import io.copydeck.dsl.model.Spec;
import io.copydeck.dsl.support.SupportFacts;
import java.util.List;

/**
 * The FAQ page's lints. Its page is planned from declared facts only ({@link FaqPage}), so a
 * channel with no support faqs or policies to draw on makes a page of the product's own facts
 * alone (W406), and its variants would be the same page again and again (W407).
 */
final class FaqChannelLints {
    private FaqChannelLints() {}

    static void check(Spec spec, List<Diagnostic> out) {
        Campaign c = spec.campaign();
        if (c == null) return;
        boolean answers = SupportFacts.of(spec).facts().stream()
                .anyMatch(f -> f.id().startsWith(SupportFacts.PREFIX + "faq.") || f.id().startsWith(SupportFacts.PREFIX + "policy."));
        for (Channel ch : c.channels()) {
            if (!ch.kind().name().equals(FaqPage.KIND)) continue;
            if (!answers) {
                out.add(new Diagnostic(Code.W406, "channel `" + ch.id() + "` is an FAQ page, but neither the campaign "
                        + "nor its brand declares a support faq or policy: the page would answer only from the "
                        + "product's own facts (what it is, its price); declare the questions customers ask in a "
                        + "`support { faq NAME { question: \"...\"; answer: \"...\" } policy NAME { text: \"...\" } }` "
                        + "block of the brand or the campaign", ch.where().header(), null));
            }
            if (ch.variants() > 1) {
                out.add(new Diagnostic(Code.W407, "channel `" + ch.id() + "` is an FAQ page, planned from declared "
                        + "facts only: its " + ch.variants() + " variants would be the same page; remove `variants:`",
                        ch.where().of("variants"),
                        Fix.replace("Remove `variants:`", ch.where().of("variants"), "")));
            }
        }
    }
}
