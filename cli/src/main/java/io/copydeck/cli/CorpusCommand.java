package io.copydeck.cli;

import io.copydeck.corpus.CorpusBuilder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `copydeck corpus`: writes the synthetic training corpus of the shipped model (see models/default/MODEL_CARD.md). */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Write the synthetic training corpus: prompts from the real templates, paired with target copy.")
public final class CorpusCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "writes DIR/train.jsonl and DIR/valid.jsonl")
    Path out;

    @Option(names = "--campaigns", defaultValue = "400", description = "synthetic campaigns (default: ${DEFAULT-VALUE})")
    int campaigns;

    @Option(names = "--german", defaultValue = "0",
            description = "German synthetic campaigns after the English ones (default: ${DEFAULT-VALUE})")
    int german;

    @Option(names = "--seed", defaultValue = "1", description = "same seed, same corpus (default: ${DEFAULT-VALUE})")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CorpusBuilder.Stats s = CorpusBuilder.write(out, campaigns, german, seed);
        spec.commandLine().getOut().printf("%d campaigns: %d training pairs, %d validation pairs (whole campaigns held out), "
                + "%d fields without a fitting shape skipped%n", s.campaigns(), s.train(), s.valid(), s.skipped());
        if (!s.rejected().isEmpty()) {
            spec.commandLine().getOut().println("attempts turned down by a copy rule: " + s.rejected());
        }
        return Main.OK;
    }
}
