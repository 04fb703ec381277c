package io.copydeck.compiler;

import io.copydeck.dsl.plan.Job;
import io.copydeck.templates.LayoutRenderer.RenderedFile;
import java.util.List;
import java.util.Map;

/**
 * A finished asset: its field texts, the files its layouts rendered, the checks it passed, and
 * where it came from (template name → SHA-256). {@code jobs} are the plan's jobs for its fields, in field order.
 */
public record Asset(String id, List<Job> jobs, Map<String, String> fields, AssetStatus status,
                    List<ConstraintCheck> checks, List<RenderedFile> files, Map<String, String> templates,
                    String error, String note) {
    public Asset {
        jobs = List.copyOf(jobs);
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        checks = List.copyOf(checks);
        files = List.copyOf(files);
        templates = templates == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(templates));
    }

    /** The same asset with the checksums of the templates that made it (prompts and layouts). */
    public Asset withTemplates(Map<String, String> sums) {
        return new Asset(id, jobs, fields, status, checks, files, sums, error, note);
    }

    public Job first() { return jobs.get(0); }

    /** `spring_launch/email.welcome/commuters/cold_brew/v2` as a file name: `/` becomes `__`. */
    public String fileStem() { return id.replace("/", "__"); }
}
