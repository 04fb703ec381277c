package io.copydeck.compiler;

import io.copydeck.compiler.rules.CopyRules;
import io.copydeck.dsl.plan.Job;
import io.copydeck.dsl.text.TextMeasure;
import io.copydeck.templates.LayoutRenderer;
import io.copydeck.templates.TemplateEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Whether a text an editor is about to approve meets the hard rules its build verifies: the asset is
 * assembled and verified exactly as a build assembles an approved one ({@link AssetAssembler}), so
 * a hand-edited asset JSON that breaks a rule is caught before `copydeck approve` keeps it.
 */
public final class ApprovalCheck implements AutoCloseable {
    private final TemplateEngine engine;
    private final AssetAssembler assembler;

    /** @param tokens the model's token count, for `N tokens` limits, as the build counts them */
    public ApprovalCheck(Path specDir, ToIntFunction<String> tokens) throws IOException {
        this.engine = new TemplateEngine(specDir);
        this.assembler = new AssetAssembler(new LayoutRenderer(engine), new CopyRules(new TextMeasure(tokens)));
    }

    /** What the text breaks, one line a rule (`length on text: text ≤ 160 chars: 171 chars, …`); empty when nothing. */
    public List<String> broken(String id, List<Job> jobs, Map<String, String> fields) {
        List<String> broken = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        jobs.forEach(j -> known.add(j.field().name()));
        fields.keySet().stream().filter(f -> !known.contains(f))
                .forEach(f -> broken.add("field `" + f + "` is not a field of this asset (its fields: "
                        + String.join(", ", known) + ")"));
        Asset asset = assembler.assemble(id, jobs, fields, AssetStatus.APPROVED, null);
        if (asset.status() == AssetStatus.FAILED) {
            broken.add(asset.error());
            return broken;
        }
        asset.checks().stream().filter(c -> c.hard() && !c.ok())
                .map(c -> c.rule() + (c.field() == null ? "" : " on " + c.field()) + ": " + c.message())
                .forEach(broken::add);
        return broken;
    }

    @Override
    public void close() {
        engine.close();
    }
}
