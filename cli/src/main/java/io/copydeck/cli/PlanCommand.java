package io.copydeck.cli;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Job;
import io.copydeck.dsl.plan.Plan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `copydeck plan FILE`: every job the campaign expands to. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print the plan: one job per channel x audience x product x variant x field.")
public final class PlanCommand implements Callable<Integer> {
    public enum Format { table, json }

    @Parameters(paramLabel = "FILE", description = "the .campaign spec")
    Path file;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    @CommandLine.Mixin
    Console console;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = console.out();
        CheckResult checked = console.load(file);
        Plan plan = Interpreter.plan(checked.spec());
        if (format == Format.json) {
            out.println(TerminalSafeJson.mapper().writeValueAsString(json(plan)));
        } else {
            out.print(table(plan));
        }
        out.flush();
        return Main.OK;
    }

    static Map<String, Object> json(Plan plan) {
        List<Map<String, Object>> jobs = new ArrayList<>();
        for (Job j : plan.jobs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", j.id().toString());
            m.put("channel", j.channelId().toString());
            m.put("kind", j.kind());
            m.put("audience", j.audience());
            m.put("offering", j.offering());
            m.put("variant", j.variant());
            m.put("field", j.field().name());
            m.put("limits", j.field().limits().stream().map(Length::toString).toList());
            m.put("must_include", j.field().mustInclude());
            m.put("avoid", j.field().avoid());
            m.put("decoding", j.decoding());
            m.put("seed", j.seed());
            m.put("single_line", j.field().singleLine());
            if (j.field().isDeclared()) m.put("declared", j.field().declared());
            m.put("data", io.copydeck.templates.TemplateView.of(j));
            jobs.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("campaign", plan.campaign());
        root.put("jobs", jobs);
        return root;
    }

    static String table(Plan plan) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"JOB", "LIMITS", "TEMP", "MAX TOKENS", "SEED"});
        for (Job j : plan.jobs()) {
            rows.add(new String[] {j.id().toString(),
                    j.field().limits().isEmpty() ? "-" : j.field().limits().stream().map(Length::toString)
                            .collect(Collectors.joining(", ")),
                    String.valueOf(j.decoding().temperature()), String.valueOf(j.decoding().maxTokens()),
                    Long.toHexString(j.seed())});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], r[i].length());
        }
        StringBuilder s = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(r[i]).append(" ".repeat(width[i] - r[i].length() + (i < r.length - 1 ? 2 : 0)));
            }
            s.append(line.toString().stripTrailing()).append('\n');
        }
        long assets = plan.jobs().stream().map(Job::assetId).distinct().count();
        s.append(plan.jobs().size()).append(" jobs, ").append(assets).append(" assets\n");
        return s.toString();
    }
}
