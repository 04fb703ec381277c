package io.copydeck.cli;

import io.copydeck.compiler.CompletionSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The model options of `answer` and `serve`, as a picocli mixin: which model phrases answers, or none. */
final class AnswerModelOptions {
    @Option(names = "--no-model", description = "answer in the facts' own words without loading GPT-2 (faster; same facts)")
    boolean noModel;

    @Option(names = "--model", paramLabel = "DIR",
            description = "GPT-2 model folder (default: $COPYDECK_MODEL, else the shipped models/default)")
    Path model;

    @Option(names = "--device", defaultValue = "auto", description = "auto, cpu or gpu (default: ${DEFAULT-VALUE})")
    String device;

    @Option(names = "--jobs", defaultValue = "0", description = "CPU threads for the model; 0 = all cores (default: ${DEFAULT-VALUE})")
    int jobs;

    /** The model, loaded once; null with --no-model. No model to be found is a usage error, said on {@code err}. */
    CompletionSource open(PrintWriter err) throws CheckedSpec.Stop {
        if (noModel) return null;
        Path dir = ModelLocation.resolve(model);
        if (dir == null) {
            err.println("copydeck: no model: pass --model DIR (a Hugging Face GPT-2 folder), set COPYDECK_MODEL, or --no-model");
            throw new CheckedSpec.Stop(Main.USAGE);
        }
        return new io.copydeck.compiler.Gpt2ModelHandle(dir, device, jobs).open();
    }
}
