package io.copydeck.compiler;

import io.copydeck.compiler.output.SentText;
import io.copydeck.compiler.rules.AssetInput;
import io.copydeck.compiler.rules.CopyRules;
import io.copydeck.compiler.rules.Facts;
import io.copydeck.compiler.rules.RuleInput;
import io.copydeck.dsl.plan.Job;
import io.copydeck.templates.LayoutRenderer.RenderedFile;
import java.util.ArrayList;
import io.copydeck.dsl.brief.FieldSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a finished asset against every rule of {@link CopyRules}, from its final texts and
 * rendered files alone — independently of how they were chosen — so that nothing violating is
 * written as generated: every field's rules on its text, and the asset's rules (must-includes,
 * avoided phrases, opt-out, legal footer, unsubscribe line) on what is sent.
 */
public final class AssetVerifier {
    private final CopyRules rules;

    public AssetVerifier(CopyRules rules) {
        this.rules = rules;
    }

    public List<ConstraintCheck> verify(List<Job> jobs, Map<String, String> fields, List<RenderedFile> files) {
        Job first = jobs.get(0);
        Facts facts = Facts.of(first.brief());
        List<ConstraintCheck> checks = new ArrayList<>();
        // Each field once, whole: a long field's parts were chosen one by one, but it is read as one text.
        Map<String, FieldSpec> wholes = new LinkedHashMap<>();
        jobs.forEach(j -> wholes.putIfAbsent(j.field().name(), j.field().whole()));
        for (FieldSpec field : wholes.values()) {
            String text = fields.getOrDefault(field.name(), "");
            checks.addAll(rules.check(new RuleInput(text, field, facts)));
        }
        checks.addAll(rules.check(new AssetInput(first.brief(), first.field(), fields, sentText(files))));
        return checks;
    }

    /** The text a recipient sees: every rendered file as {@link SentText} reads it, one after the other. */
    static String sentText(List<RenderedFile> files) {
        StringBuilder s = new StringBuilder();
        for (RenderedFile f : files) s.append(SentText.of(f.extension(), f.content())).append('\n');
        return s.toString();
    }
}
