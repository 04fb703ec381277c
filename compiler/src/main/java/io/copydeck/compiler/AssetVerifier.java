package io.copydeck.compiler;

import io.copydeck.compiler.output.SentText;
import io.copydeck.compiler.rules.AssetInput;
import io.copydeck.compiler.rules.CopyRules;
import io.copydeck.compiler.rules.EnoughWords;
import io.copydeck.compiler.rules.LengthLimit;
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
        // Each field once. A long field planned as parts (dsl/plan/LongForm) is checked part by part
        // against each part's spec, as its parts were chosen, and as a whole against the field's limits
        // and fewest words; a text whose parts cannot be told apart (edited by hand) is checked whole.
        Map<String, List<FieldSpec>> byField = new LinkedHashMap<>();
        jobs.forEach(j -> byField.computeIfAbsent(j.field().name(), k -> new ArrayList<>()).add(j.field()));
        for (List<FieldSpec> specs : byField.values()) {
            FieldSpec whole = specs.get(0).whole();
            String text = fields.getOrDefault(whole.name(), "");
            List<String> parts = List.of(text.split(BuildPipeline.PART_BREAK, -1));
            if (!specs.get(0).isPart() || parts.size() != specs.size()) {
                checks.addAll(rules.check(new RuleInput(text, whole, facts)));
                continue;
            }
            // A part may be short by what the parts before it wrote over their fewest (PartFloor).
            for (int i = 0; i < parts.size(); i++) {
                FieldSpec part = specs.get(i).withMinWords(PartFloor.of(specs, i, parts.subList(0, i)));
                checks.addAll(rules.check(new RuleInput(parts.get(i), part, facts)));
            }
            rules.check(new RuleInput(text, whole, facts)).stream()
                    .filter(c -> c.rule().equals(LengthLimit.ID) || c.rule().equals(EnoughWords.ID))
                    .forEach(checks::add);
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
