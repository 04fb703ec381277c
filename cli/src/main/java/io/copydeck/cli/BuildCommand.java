package io.copydeck.cli;

import io.copydeck.compiler.Asset;
import io.copydeck.compiler.AssetStatus;
import io.copydeck.compiler.BuildPipeline;
import io.copydeck.compiler.ChannelPattern;
import io.copydeck.compiler.JobGlob;
import io.copydeck.compiler.Lockfile;
import io.copydeck.compiler.OutputFolder;
import io.copydeck.compiler.OutputFolderException;
import io.copydeck.compiler.LockfileException;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Plan;
import io.copydeck.models.ModelException;
import io.copydeck.templates.PromptRenderer;
import io.copydeck.templates.Prompts;
import io.copydeck.dsl.text.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `copydeck build FILE`: the whole pipeline, from spec to assets and the copy deck. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Generate every asset of a campaign: constrained, cached, reproducible.%n"
                + "Exit code: 0 all assets written, 1 errors in the spec or an asset that cannot meet its "
                + "constraints, 2 usage or I/O problem.")
public final class BuildCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the .campaign spec")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: build/copydeck/<campaign>)")
    Path outOption;

    @CommandLine.Mixin
    GenerationOptions generation;

    @Option(names = "--keep-going", description = "exit 0 even when some assets cannot meet their constraints "
            + "(they are listed as failed in manifest.json and the copy deck either way)")
    boolean keepGoing;

    @Option(names = "--force", description = "let the build take over an output folder it did not write: overwrite its "
            + "index.html, manifest.json or a file with an asset's name (other files are kept; links and the folders "
            + "`/`, home and the spec's are refused anyway)")
    boolean force;

    @Option(names = "--dry-run", description = "stop after the plan and prompts: no model, no outputs")
    boolean dryRun;

    @Option(names = "--regenerate", paramLabel = "CHANNEL", converter = GlobOption.class,
            description = "fresh copy for a channel's assets: its id as in job ids (email.welcome, sms; a glob such as "
                    + "'email.*'). Other channels and approved assets stay as they are; the channel's new take is kept "
                    + "in copydeck.lock, so later builds write the same text")
    JobGlob regenerate;

    @CommandLine.Mixin
    Console console;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        if (!generation.valid(err)) return Main.USAGE;
        CheckResult checked = console.load(file);
        String campaign = checked.spec().campaign().id();
        Path outDir = outOption != null ? outOption : Path.of("build", "copydeck", campaign);
        Path specDir = file.toAbsolutePath().getParent();
        Path cacheDir = generation.cacheDir(specDir.resolve(".copydeck").resolve("cache"));
        if (dryRun) return dryRun(checked);
        Set<String> channels = channelsToRegenerate(checked, err);
        if (channels == null) return Main.USAGE;
        // Before the model: a folder the build may not write is said at once (the pipeline checks again).
        if (!outputFolderUsable(outDir, specDir, err)) return Main.USAGE;

        Path modelDir = generation.modelDir(err);
        if (modelDir == null) return Main.USAGE;
        long start = System.nanoTime();
        BuildPipeline.Result result;
        try (TerminalProgress progress = new TerminalProgress(err, System.console() != null)) {
            result = new BuildPipeline(generation.handle(modelDir), progress).build(checked, file,
                    generation.pipeline(outDir, cacheDir, channels, force));
        } catch (ModelException | LockfileException e) {
            // A damaged copydeck.lock is said with its file and fix, and left as it is.
            err.println("copydeck: error: " + Printable.line(e.getMessage()));
            return Main.USAGE;
        } catch (OutputFolderException e) {
            err.println("copydeck: error: " + e.withFix("--out", "--force"));
            return Main.USAGE;
        }
        if (result.hasTemplateErrors()) {
            console.report(result.diagnostics(), checked);
            return Main.ERRORS;
        }
        long approved = result.assets().stream().filter(a -> a.status() == AssetStatus.APPROVED).count();
        for (Asset a : result.assets()) {
            if (a.status() == AssetStatus.FAILED) {
                err.println("copydeck: error: asset " + a.id() + ": " + Printable.line(a.error()) + " (listed as failed)");
            } else if (a.status() == AssetStatus.APPROVED && a.note() != null && !a.note().equals("approved")) {
                err.println("copydeck: note: " + a.id() + ": " + Printable.line(a.note()));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("built %d assets (%d approved, %d failed) into %s in %.1f s%n", result.assets().size(), approved,
                result.failed(), outDir, seconds);
        out.printf("%d completions: %d from cache, %d generated in %d model calls (%d tokens%s)%n",
                result.completions(), result.cacheHits(), result.completions() - result.cacheHits(), result.modelCalls(),
                result.tokensGenerated(), result.generationMillis() > 0
                        ? String.format(", %.1f tokens/s", result.tokensGenerated() * 1000.0 / result.generationMillis()) : "");
        if (!channels.isEmpty()) {
            try {
                Lockfile lock = Lockfile.read(Lockfile.beside(file));
                for (String c : channels) {
                    out.println("regenerated " + c + ": take " + lock.take(c) + " in " + file.resolveSibling(Lockfile.NAME));
                }
            } catch (LockfileException e) {
                err.println("copydeck: error: " + e.getMessage());
                return Main.USAGE;
            }
        }
        out.println("copy deck: " + outDir.resolve("index.html"));
        String locale = checked.spec().campaign().locale();
        if (locale != null) {
            ModelLanguageCheck.note(java.util.Locale.forLanguageTag(locale), modelDir)
                    .ifPresent(note -> out.println("warning: " + note));
        }
        out.flush();
        return result.failed() > 0 && !keepGoing ? Main.ERRORS : Main.OK;
    }

    /** Whether the build may write into {@code outDir}; says why not, with the fix, when it may not. */
    private boolean outputFolderUsable(Path outDir, Path specDir, PrintWriter err) {
        try {
            OutputFolder.open(outDir, specDir, force);
            return true;
        } catch (OutputFolderException e) {
            err.println("copydeck: error: " + e.withFix("--out", "--force"));
            return false;
        }
    }

    /** The channels `--regenerate` names (none without it), or null after saying that it names none. */
    private Set<String> channelsToRegenerate(CheckResult checked, PrintWriter err) {
        if (regenerate == null) return Set.of();
        Plan plan = Interpreter.plan(checked.spec());
        Set<String> channels = ChannelPattern.matching(plan, regenerate);
        if (channels.isEmpty()) {
            err.println("copydeck: no channel matches `" + Printable.line(regenerate.toString()) + "`; the channels are "
                    + String.join(", ", ChannelPattern.all(plan)));
            return null;
        }
        return channels;
    }

    private int dryRun(CheckResult checked) throws Exception {
        Plan plan = Interpreter.plan(checked.spec());
        try (PromptRenderer renderer = new PromptRenderer(file.toAbsolutePath().getParent())) {
            Prompts prompts = renderer.render(plan, checked.spec());
            console.report(prompts.diagnostics(), checked);
            PrintWriter out = console.out();
            out.print(PlanCommand.table(plan));
            out.println("dry run: " + prompts.prompts().size() + " prompts rendered; nothing generated or written");
            out.flush();
            return prompts.hasErrors() ? Main.ERRORS : Main.OK;
        }
    }
}
