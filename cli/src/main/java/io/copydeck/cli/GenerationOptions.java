package io.copydeck.cli;

import io.copydeck.compiler.BuildPipeline;
import io.copydeck.compiler.Gpt2ModelHandle;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The options of every command that runs the build pipeline (`build`, `eval`), as a picocli mixin:
 * which model, on which device, how many candidates and rounds, and where the generation cache is.
 */
final class GenerationOptions {
    @Option(names = "--model", paramLabel = "DIR",
            description = "GPT-2 model folder (Hugging Face layout; default: $COPYDECK_MODEL, else the shipped models/default)")
    Path model;

    @Option(names = "--device", defaultValue = "auto", description = "auto, cpu or gpu (default: ${DEFAULT-VALUE})")
    String device;

    @Option(names = "--batch", defaultValue = "8", description = "completions decoded together (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--candidates", defaultValue = "2", description = "candidates generated per field and round (half, at least 1, for each part of a long text: an email paragraph, a blog section, a landing block); a field none of whose candidates meets its rules gets another round (default: ${DEFAULT-VALUE})")
    int candidates;

    @Option(names = "--rounds", defaultValue = "3",
            description = "rounds of fresh candidates for a field with no good one (none meets its rules, or only a text cut "
                    + "to fit or another variant's); a field with none at all gets as many rescue rounds again (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--jobs", defaultValue = "0", description = "CPU threads for the model; 0 = all cores (default: ${DEFAULT-VALUE})")
    int jobs;

    @Option(names = "--cache", paramLabel = "DIR", description = "generation cache (default: .copydeck/cache beside the spec)")
    Path cache;

    /** Whether the numbers are in range; says what is not, on {@code err}, when they are not. */
    boolean valid(PrintWriter err) {
        if (batch < 1 || candidates < 1 || candidates > 32 || rounds < 1 || rounds > 10) {
            err.println("copydeck: --batch must be at least 1, --candidates from 1 to 32 and --rounds from 1 to 10");
            return false;
        }
        return true;
    }

    /** The model folder (--model, $COPYDECK_MODEL, the shipped one), or null after saying there is none. */
    Path modelDir(PrintWriter err) {
        Path dir = ModelLocation.resolve(model);
        if (dir == null) {
            err.println("copydeck: no model: pass --model DIR (a Hugging Face GPT-2 folder) or set COPYDECK_MODEL");
        }
        return dir;
    }

    /** --cache, else {@code fallback}. */
    Path cacheDir(Path fallback) {
        return cache != null ? cache : fallback;
    }

    Gpt2ModelHandle handle(Path modelDir) {
        return new Gpt2ModelHandle(modelDir, device, jobs);
    }

    /** @param force take over files in {@code out} that no build wrote */
    BuildPipeline.Options pipeline(Path out, Path cacheDir, Set<String> regenerate, boolean force) {
        return new BuildPipeline.Options(out, cacheDir, candidates, rounds, batch, regenerate, force);
    }
}
