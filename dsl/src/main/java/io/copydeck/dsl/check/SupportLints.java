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
    private final Spec spec;
    private final Map<Path, SourceFile> sources;
    private final List<Diagnostic> out;

    SupportLints(Spec spec, Map<Path, SourceFile> sources, List<Diagnostic> out) {
        this.spec = spec;
        this.sources = sources;
        this.out = out;
    }

    void check() {
        for (Brand b : spec.brands()) {
            if (b.support() != null && b.support().handoff() == null) warn(b.support(), b.support(), "brand `" + b.id() + "`");
        }
        Campaign c = spec.campaign();
        if (c == null || c.support() == null) return;
        Support brand = brandSupport(c);
        Support merged = Support.merge(brand, c.support());
        if (merged.handoff() == null) warn(c.support(), merged, "campaign `" + c.id() + "`");
    }

    private Support brandSupport(Campaign c) {
        if (c.brand() == null) return null;
        return spec.brands().stream().filter(b -> b.id().equals(c.brand().name())).findFirst()
                .map(Brand::support).orElse(null);
    }

    /** Warns at the block's header; the fix inserts a handoff that uses what {@code facts} declares. */
    private void warn(Support block, Support facts, String owner) {
        SourceFile source = sources.get(block.where().range().file());
        String text = suggestedHandoff(facts);
        out.add(new Diagnostic(Code.W405, "the support block of " + owner + " has no `handoff`: when no declared fact "
                + "answers a question, an answer needs words to hand off to a person with", block.where().header(),
                new Fix("Add `handoff:`", List.of(Edits.insertBeforeClose(source, block.where().range(),
                        "handoff: \"" + text + "\"")))));
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
