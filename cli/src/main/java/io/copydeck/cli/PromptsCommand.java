package io.copydeck.cli;

import io.copydeck.compiler.JobGlob;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Plan;
import io.copydeck.templates.Prompt;
import io.copydeck.templates.PromptRenderer;
import io.copydeck.templates.Prompts;
import io.copydeck.dsl.text.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `copydeck prompts FILE [--job GLOB]`: exactly what the model will read. */
@Command(name = "prompts", mixinStandardHelpOptions = true,
        description = "Print the rendered prompt of each job (or of the jobs matching --job).")
public final class PromptsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the .campaign spec")
    Path file;

    @Option(names = "--job", paramLabel = "GLOB", converter = GlobOption.class,
            description = "only jobs whose id matches, e.g. '*/email.welcome/*/v1/subject' (`*` stays within one segment, "
                    + "`**` spans them, `?` one character, `[a-z]` one of a set, `{a,b}` either; `\\` before a character takes it as is)")
    JobGlob job;

    @CommandLine.Mixin
    Console console;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        CheckResult checked = console.load(file);
        Plan plan = Interpreter.plan(checked.spec());
        Path specDir = file.toAbsolutePath().getParent();
        try (PromptRenderer renderer = new PromptRenderer(specDir)) {
            Plan selected = job == null ? plan : new Plan(plan.campaign(),
                    plan.jobs().stream().filter(j -> job.matches(j.id().toString())).toList());
            if (selected.jobs().isEmpty()) {
                err.println("copydeck: no job matches " + Printable.line(job.toString()) + "; see `copydeck plan "
                        + Printable.line(file.toString()) + "` for the ids");
                return Main.ERRORS;
            }
            Prompts prompts = renderer.render(selected, checked.spec());
            console.report(prompts.diagnostics(), checked);
            for (Prompt p : prompts.prompts()) {
                out.println("=== " + p.job().id() + "  (" + p.template() + ")");
                out.println(Printable.escape(p.text()));   // a spec string's ESC must not act on the terminal
                out.println();
            }
            out.flush();
            return prompts.hasErrors() ? Main.ERRORS : Main.OK;
        }
    }
}
