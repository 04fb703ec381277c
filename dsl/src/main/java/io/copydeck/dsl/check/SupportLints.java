package io.copydeck.dsl.check;

import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.diag.Fix;
import io.copydeck.dsl.model.Brand;
import io.copydeck.dsl.model.Campaign;
import io.copydeck.dsl.model.Spec;
import io.copydeck.dsl.model.Support;
import io.copydeck.dsl.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The support block's lint (W405): an answer that no declared fact covers must hand off to a
 * person rather than guess, so each `support { }` needs the words it hands off with. A brand's
 * block needs its own (every campaign of the brand falls back to it); a campaign's block may
 * inherit its brand's. The fix suggests a text built from the declared contact and hours.
 */
final class SupportLints {
    private SupportLints() {}

    static void check(Spec spec, Map<Path, SourceFile> sources, List<Diagnostic> out) {
        for (Brand b : spec.brands()) {
            Support own = b.support();
            if (own != null && own.handoff() == null) out.add(warning(own, own, "brand `" + b.id() + "`", sources));
        }
        Campaign c = spec.campaign();
        if (c == null || c.support() == null) return;
        Support merged = Support.merge(brandSupport(spec, c), c.support());
        if (merged.handoff() == null) out.add(warning(c.support(), merged, "campaign `" + c.id() + "`", sources));
    }

    private static Support brandSupport(Spec spec, Campaign c) {
        if (c.brand() == null) return null;
        return spec.brands().stream().filter(b -> b.id().equals(c.brand().name())).findFirst()
                .map(Brand::support).orElse(null);
    }

    /** A warning at the block's header; the fix inserts a handoff that uses what {@code facts} declares. */
    private static Diagnostic warning(Support block, Support facts, String owner, Map<Path, SourceFile> sources) {
        SourceFile source = sources.get(block.where().range().file());
        return new Diagnostic(Code.W405, "the support block of " + owner + " has no `handoff`: when no declared fact "
                + "answers a question, an answer needs words to hand off to a person with", block.where().header(),
                new Fix("Add `handoff:`", List.of(Edits.insertBeforeClose(source, block.where().range(),
                        "handoff: \"" + suggestedHandoff(facts) + "\""))));
    }

    /** A handoff that promises only what is declared: the contact and hours when given. */
    static String suggestedHandoff(Support facts) {
        String text = "I can't answer that from what I know, so I'll pass it to our team";
        if (facts.contact() != null) text += "; you can also reach them at " + facts.contact();
        if (facts.hours() != null) text += " (" + facts.hours() + ")";
        return escape(text + ".");
    }

    /** The declared texts go into a string literal: quotes and backslashes stay text. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t");
    }
}
