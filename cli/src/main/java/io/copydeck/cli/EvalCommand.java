package io.copydeck.cli;

import io.copydeck.cli.eval.Evaluator;
import io.copydeck.cli.eval.Figures;
import io.copydeck.cli.eval.GrammarCheck;
import io.copydeck.cli.eval.LanguageToolGrammar;
import io.copydeck.cli.eval.Report;
import io.copydeck.cli.eval.Thresholds;
import io.copydeck.compiler.BuildPipeline;
import io.copydeck.compiler.LockfileException;
import io.copydeck.compiler.OutputFolderException;
import io.copydeck.compiler.output.BuildOutput;
import io.copydeck.compiler.output.BuildOutputException;
import io.copydeck.compiler.output.BuildOutputReader;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.models.ModelException;
import io.copydeck.dsl.text.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `copydeck eval SPEC...`: builds each spec cold, reads its outputs back and measures the copy
 * (docs/evaluation.md): failures, findings, CTA, length, variety, naming, invented names, grounding,
 * shared sentences, long form, the copy's language, grammar.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Build specs and measure the copy: failed assets, findings, CTA present, length, distinct-2 of "
                + "variants, product or benefit named, invented names, ungrounded words, shared sentences, long form, "
                + "the copy's language, grammar (docs/evaluation.md).%n"
                + "Exit code: 0 measured (every bar given met), 1 a bar missed or errors in a spec, 2 usage or I/O problem.")
public final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SPEC", arity = "1..*", description = "the .campaign specs (a panel: examples/panel/*.campaign)")
    List<Path> specs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "build/copydeck-eval",
            description = "where each spec is built, in DIR/<campaign> (default: ${DEFAULT-VALUE}); without --cache the "
                    + "generation cache is DIR/.cache/<campaign>, emptied first, so every build is cold")
    Path out;

    @CommandLine.Mixin
    GenerationOptions generation;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    PlanCommand.Format format;

    @Option(names = "--no-grammar", description = "skip LanguageTool's grammar and spelling check (the copy's "
            + "language is judged still)")
    boolean noGrammar;

    @Option(names = "--max-failed", paramLabel = "N", description = "exit 1 when more assets than N failed, overall")
    Integer maxFailed;

    @Option(names = "--max-findings", paramLabel = "N", description = "exit 1 when there are more failed checks than N")
    Integer maxFindings;

    @Option(names = "--max-invented", paramLabel = "N", description = "exit 1 when more than N invented names are found")
    Integer maxInvented;

    @Option(names = "--max-grammar", paramLabel = "N", description = "exit 1 when there are more grammar findings than N")
    Integer maxGrammar;

    @Option(names = "--min-distinct2", paramLabel = "X", description = "exit 1 when the average distinct-2 is below X")
    Double minDistinct2;

    @Option(names = "--min-named", paramLabel = "X",
            description = "exit 1 when the share of assets naming the product or a benefit is below X")
    Double minNamed;

    @Option(names = "--min-cta", paramLabel = "X", description = "exit 1 when the share of CTA assets sending their CTA is below X")
    Double minCta;

    @Option(names = "--max-grounding", paramLabel = "N",
            description = "exit 1 when more than N words of the copy are neither the brief's nor neutral (grounded)")
    Integer maxGrounding;

    @Option(names = "--max-shared", paramLabel = "N",
            description = "exit 1 when variants share more than N sentences of four words or more")
    Integer maxShared;

    @Option(names = "--min-blog-words", paramLabel = "N",
            description = "exit 1 when a blog post has fewer than N words (met when there is no blog post)")
    Integer minBlogWords;

    @Option(names = "--min-landing-words", paramLabel = "N",
            description = "exit 1 when a landing page has fewer than N words (met when there is no landing page)")
    Integer minLandingWords;

    @Option(names = "--min-faq-answered", paramLabel = "X",
            description = "exit 1 when the share of landing-page FAQ questions with an answer is below X")
    Double minFaqAnswered;

    @Option(names = "--min-in-language", paramLabel = "X",
            description = "exit 1 when the share of judged assets whose generated text is in their campaign's "
                    + "language is below X")
    Double minInLanguage;

    @Option(names = "--max-completions", paramLabel = "X",
            description = "exit 1 when the builds asked for more than X completions per asset (the cost of the copy)")
    Double maxCompletions;

    @CommandLine.Mixin
    Console console;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = console.err();
        if (!generation.valid(err)) return Main.USAGE;
        List<CheckResult> checked = new ArrayList<>();
        for (Path spec : specs) checked.add(console.load(spec));   // every spec checks clean before any is built
        Path modelDir = generation.modelDir(err);
        if (modelDir == null) return Main.USAGE;

        List<Figures> figures = new ArrayList<>();
        try (GrammarCheck grammar = noGrammar ? null : new LanguageToolGrammar()) {
            for (int i = 0; i < specs.size(); i++) {
                Figures f = evaluate(specs.get(i), checked.get(i), modelDir, grammar);
                if (f == null) return Main.USAGE;
                figures.add(f);
            }
        }
        Figures overall = Figures.total("overall", figures);
        List<Thresholds.Verdict> verdicts = new Thresholds(maxFailed, maxFindings, maxInvented, maxGrammar, minDistinct2,
                minNamed, minCta, maxGrounding, maxShared, minBlogWords, minLandingWords, minFaqAnswered, minInLanguage,
                maxCompletions)
                .judge(overall);
        PrintWriter o = console.out();
        o.print(format == PlanCommand.Format.json ? Report.json(figures, overall, verdicts)
                : Report.table(figures, overall, verdicts));
        o.flush();
        return verdicts.stream().allMatch(Thresholds.Verdict::ok) ? Main.OK : Main.ERRORS;
    }

    /** Builds one spec and measures what it wrote; null after saying why it could not be built or read. */
    private Figures evaluate(Path spec, CheckResult checked, Path modelDir, GrammarCheck grammar) throws Exception {
        PrintWriter err = console.err();
        String campaign = checked.spec().campaign().id();
        Path dir = out.resolve(campaign);
        Path cacheDir = generation.cache;
        if (cacheDir == null) {
            cacheDir = out.resolve(".cache").resolve(campaign);
            deleteTree(cacheDir);
        }
        err.println("copydeck eval: building " + spec + " into " + dir);
        err.flush();
        long start = System.nanoTime();
        BuildPipeline.Result result;
        try (TerminalProgress progress = new TerminalProgress(err, System.console() != null)) {
            result = new BuildPipeline(generation.handle(modelDir), progress).build(checked, spec,
                    generation.pipeline(dir, cacheDir, Set.of(), false));
        } catch (ModelException | LockfileException e) {
            err.println("copydeck: error: " + Printable.line(e.getMessage()));
            return null;
        } catch (OutputFolderException e) {
            err.println("copydeck: error: " + e.withFix("--out", null));
            return null;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (result.hasTemplateErrors()) {
            console.report(result.diagnostics(), checked);
            throw new CheckedSpec.Stop(Main.ERRORS);
        }
        BuildOutput output;
        try {
            output = new BuildOutputReader().read(dir);
        } catch (BuildOutputException e) {
            err.println("copydeck: error: " + Printable.line(e.getMessage()));
            return null;
        }
        return Evaluator.evaluate(spec.getFileName().toString(), output, Interpreter.plan(checked.spec()),
                new Evaluator.BuildStats(seconds, result.completions(), result.cacheHits()), grammar);
    }

    /** Empties the cache eval keeps for itself (only that one: a --cache folder is the user's). */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
