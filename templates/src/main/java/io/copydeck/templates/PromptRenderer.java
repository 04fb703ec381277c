package io.copydeck.templates;

import io.copydeck.dsl.check.TemplatePath;
import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.model.Channel;
import io.copydeck.dsl.model.Spec;
import io.copydeck.dsl.plan.Job;
import io.copydeck.dsl.plan.Plan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renders each job's prompt. Lookup order for a job's template: the channel's `template:` path
 * (relative to the spec), then `templates/KIND/FIELD.ftl` beside the spec, then the built-in
 * `builtin/prompts/KIND/FIELD.ftl`. A template that fails is reported once, not once per job; a
 * `template:` that {@link TemplatePath} refuses is reported on its channel, and the other jobs render.
 */
public final class PromptRenderer implements AutoCloseable {
    private final TemplateEngine engine;
    private final Map<String, String> checksums = new HashMap<>();

    public PromptRenderer(Path specDirectory) throws IOException {
        this.engine = new TemplateEngine(specDirectory);
    }

    public PromptRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    public Prompts render(Plan plan, Spec spec) {
        Map<String, Channel> channels = new HashMap<>();
        spec.campaign().channels().forEach(ch -> channels.put(ch.id(), ch));
        List<Prompt> prompts = new ArrayList<>();
        Set<Diagnostic> diagnostics = new LinkedHashSet<>();
        Set<String> failed = new LinkedHashSet<>();
        for (Job job : plan.jobs()) {
            // A field the spec writes itself (a declared `cta`) has nothing to generate, so no prompt.
            if (job.field().isDeclared()) continue;
            Channel channel = channels.get(job.channelId().name());
            String name;
            try {
                name = templateFor(job, channel);
            } catch (TemplateFailure f) {
                diagnostics.add(f.toDiagnostic(null, null).withRange(channel.where().of("template")));
                continue;
            }
            if (failed.contains(name)) continue;
            try {
                TemplateEngine.Rendered r = engine.render(name, TemplateView.of(job));
                List<String> stop = r.stop().isEmpty() ? defaultStops(job) : r.stop();
                prompts.add(new Prompt(job, r.text(), stop, name, checksum(name)));
            } catch (TemplateFailure f) {
                failed.add(name);
                diagnostics.add(f.toDiagnostic(engine.fileOf(f.template()), "rendering " + job.id()));
            }
        }
        return new Prompts(prompts, List.copyOf(diagnostics));
    }

    /** The template a job uses, by the lookup order above. */
    public String templateFor(Job job, Channel channel) throws TemplateFailure {
        if (channel != null && channel.template() != null) {
            if (engine.userRoot() != null) {
                Optional<TemplatePath.Problem> problem = TemplatePath.problem(engine.userRoot(), channel.id(), channel.template());
                if (problem.isPresent()) {
                    throw new TemplateFailure(problem.get().code(), problem.get().message(), channel.template(), 1, 1);
                }
            }
            String name = channel.template().replace('\\', '/');
            if (!engine.exists(name)) {
                throw new TemplateFailure(Code.E501, "template \"" + channel.template() + "\" of channel `"
                        + channel.id() + "` not found; paths are relative to the spec's folder", name, 1, 1);
            }
            return name;
        }
        String beside = "templates/" + job.kind() + "/" + job.field().name() + ".ftl";
        if (engine.exists(beside)) return beside;
        return builtinName(job.kind(), job.field().name());
    }

    /** For a template that declares no `stop`: a one-line field ends at the line, running text at a gap. */
    static List<String> defaultStops(Job job) {
        return job.field().singleLine() ? List.of("\n") : List.of("\n\n\n", "<|endoftext|>");
    }

    public static String builtinName(String kind, String field) {
        return Sandbox.BUILTIN_PREFIX + "prompts/" + kind + "/" + field + ".ftl";
    }

    private String checksum(String name) throws TemplateFailure {
        String known = checksums.get(name);
        if (known != null) return known;
        String sum = engine.checksum(name);
        checksums.put(name, sum);
        return sum;
    }

    @Override
    public void close() {
        engine.close();
    }

}
