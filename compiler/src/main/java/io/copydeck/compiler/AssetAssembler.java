package io.copydeck.compiler;

import io.copydeck.compiler.rules.CopyRules;
import io.copydeck.compiler.rules.Facts;
import io.copydeck.compiler.rules.SmsOptOut;
import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.plan.Job;
import io.copydeck.templates.LayoutRenderer;
import io.copydeck.templates.LayoutRenderer.RenderedFile;
import io.copydeck.templates.TemplateFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fields to a finished asset: render the channel's layouts, place any must-include text that
 * neither the model nor the layout wrote, then verify everything. An asset that cannot meet a
 * hard rule comes back FAILED with the reason; it is never passed off as generated.
 */
public final class AssetAssembler {
    private final LayoutRenderer layouts;
    private final MustIncludePlacement placement;
    private final AssetVerifier verifier;

    public AssetAssembler(LayoutRenderer layouts, CopyRules rules) {
        this.layouts = layouts;
        this.placement = new MustIncludePlacement(rules);
        this.verifier = new AssetVerifier(rules);
    }

    public Asset assemble(String id, List<Job> jobs, Map<String, String> chosen, AssetStatus status, String note) {
        Job first = jobs.get(0);
        Map<String, FieldSpec> constraints = new LinkedHashMap<>();
        jobs.forEach(j -> constraints.putIfAbsent(j.field().name(), j.field().whole()));
        Map<String, String> fields = new LinkedHashMap<>(chosen);
        try {
            List<RenderedFile> files = layouts.render(first.brief(), fields);
            if (status != AssetStatus.APPROVED) {
                // An SMS is one message: its opt-out and codes must fit in the text itself, so look there.
                String where = first.kind().equals("sms") ? String.join("\n", fields.values())
                        : AssetVerifier.sentText(files);
                List<String> missing = missing(first, where);
                if (!missing.isEmpty()) {
                    // All at once: placing them one by one could cut an earlier one back out.
                    Optional<Map<String, String>> placed = placement.place(missing, Facts.of(first.brief()), fields,
                            constraints);
                    if (placed.isEmpty()) {
                        return failed(id, jobs, "\"" + String.join("\", \"", missing) + "\" must be included, but no "
                                + "field of this " + first.kind() + " can take it within its limits and rules");
                    }
                    fields = new LinkedHashMap<>(placed.get());
                    files = layouts.render(first.brief(), fields);
                }
            }
            List<ConstraintCheck> checks = verifier.verify(jobs, fields, files);
            List<String> broken = checks.stream().filter(c -> c.hard() && !c.ok()).map(ConstraintCheck::message).toList();
            if (!broken.isEmpty()) {
                if (status == AssetStatus.APPROVED) {
                    note = (note == null ? "" : note + "; ") + "approved text breaks: " + String.join(", ", broken);
                    return new Asset(id, jobs, fields, status, checks, files, null, null, note);
                }
                // Failed, with the checks that say why: the outputs list it with its findings.
                return new Asset(id, jobs, Map.of(), AssetStatus.FAILED, checks, List.of(), null,
                        "the assembled asset breaks: " + String.join(", ", broken), null);
            }
            return new Asset(id, jobs, fields, status, checks, files, null, null, note);
        } catch (TemplateFailure f) {
            return failed(id, jobs, "layout " + f.template() + " failed: " + f.getMessage());
        }
    }

    public static Asset failed(String id, List<Job> jobs, String error) {
        return new Asset(id, jobs, Map.of(), AssetStatus.FAILED, List.of(), List.of(), null, error, null);
    }

    /**
     * What the asset must carry and {@code where} lacks: the channel's must-include texts, and for a
     * channel with an opt-out ({@link SmsOptOut}) its line, unless the text carries the keyword.
     */
    static List<String> missing(Job job, String where) {
        String lower = where.toLowerCase(Locale.ROOT);
        List<String> missing = new ArrayList<>(job.field().mustInclude().stream()
                .filter(m -> !lower.contains(m.toLowerCase(Locale.ROOT))).toList());
        boolean declaresOptOut = job.field().mustInclude().stream().anyMatch(SmsOptOut::carries);
        if (CopyRules.compliance(job.brief()).optOut() && !declaresOptOut && !SmsOptOut.carries(where)) {
            missing.add(SmsOptOut.line(job.brief()));
        }
        return missing;
    }
}
