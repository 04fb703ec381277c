package io.copydeck.models.cli;

import io.copydeck.models.Gpt2Config;
import io.copydeck.models.Gpt2Weights;
import io.copydeck.models.ModelException;
import io.copydeck.models.ModelFolder;
import io.copydeck.models.ModelLanguages;
import io.copydeck.models.safetensors.DType;
import io.copydeck.models.tokenizer.Gpt2Tokenizer;
import io.copydeck.models.train.Checkpoint;
import io.copydeck.models.train.Corpus;
import io.copydeck.models.train.GptInit;
import io.copydeck.models.train.TrainSettings;
import io.copydeck.models.train.Trainer;
import io.copydeck.models.train.TrainingGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `copydeck model train`: trains a GPT-2 from scratch (--config), fine-tunes one (--from) or
 * continues a run (--resume), and leaves an HF folder in --out after every evaluation.
 */
@Command(name = "train", description = "Train or fine-tune a GPT-2 on prompt/completion JSON lines; "
    + "writes an HF folder (config.json, tokenizer.json, model.safetensors).")
final class TrainCommand extends ModelSubcommand {
  @Option(names = "--corpus", required = true, arity = "1..*", description = "training JSON lines (prompt, completion)")
  List<Path> corpus;
  @Option(names = "--valid", required = true, description = "held-out JSON lines") Path valid;
  @Option(names = "--config", description = "config.json of a new model (GPT2Config fields)") Path config;
  @Option(names = "--from", description = "HF GPT-2 folder to fine-tune") Path from;
  @Option(names = "--resume", description = "checkpoint folder to continue (OUT/checkpoint)") Path resume;
  @Option(names = "--out", required = true, description = "output folder") Path out;
  @Option(names = "--steps", defaultValue = "2000") int steps;
  @Option(names = "--batch-size", defaultValue = "16") int batchSize;
  @Option(names = "--lr", defaultValue = "1e-3", description = "peak learning rate") double lr;
  @Option(names = "--min-lr", description = "final learning rate (default: lr / 10)") Double minLr;
  @Option(names = "--warmup", defaultValue = "100") int warmup;
  @Option(names = "--weight-decay", defaultValue = "0.1") double weightDecay;
  @Option(names = "--clip", defaultValue = "1.0", description = "global gradient-norm ceiling") double clip;
  @Option(names = "--dropout", defaultValue = "0.0") double dropout;
  @Option(names = "--eval-every", defaultValue = "250") int evalEvery;
  @Option(names = "--eval-examples", defaultValue = "0", description = "held-out rows for periodic evals (0 = all)")
  int evalExamples;
  @Option(names = "--log-every", defaultValue = "10") int logEvery;
  @Option(names = "--seed", defaultValue = "1") long seed;
  @Option(names = "--time-limit", defaultValue = "0", description = "minutes; stop and save after this long")
  double timeLimitMinutes;
  @Option(names = "--dtype", defaultValue = "F16", description = "weights of the written folder: F32, F16, BF16")
  DType dtype;
  @Option(names = "--languages", split = ",", paramLabel = "CODE",
      description = "the languages the corpus teaches, declared in the written config.json "
          + "(default: the --from or --resume model's, else en)")
  List<String> languages;

  @Override
  int run() throws Exception {
    int sources = (config != null ? 1 : 0) + (from != null ? 1 : 0) + (resume != null ? 1 : 0);
    if (sources != 1) {
      throw new IllegalArgumentException("give exactly one of --config (new model), --from (fine-tune) or --resume");
    }
    Optional<Path> tokenizerJson = Optional.empty();
    Gpt2Config c;
    Gpt2Weights start = null;
    Checkpoint checkpoint = null;
    if (from != null) {
      ModelFolder folder = ModelFolder.open(from);
      folder.weightsSha256();
      c = folder.config();
      start = Gpt2Weights.read(folder.weights(), c);
      tokenizerJson = folder.tokenizerJson();
    } else if (resume != null) {
      checkpoint = Checkpoint.read(resume);
      c = checkpoint.config();
      Path tok = out.resolve(ModelFolder.TOKENIZER);
      tokenizerJson = java.nio.file.Files.isRegularFile(tok) ? Optional.of(tok) : Optional.empty();
    } else {
      c = Gpt2Config.read(config);
      start = GptInit.weights(c, seed);
    }
    TrainSettings settings = new TrainSettings(steps, batchSize, lr, minLr != null ? minLr : lr / 10, warmup,
        weightDecay, 0.9, 0.95, clip, dropout, evalEvery, evalExamples, logEvery, seed,
        Math.round(timeLimitMinutes * 60));
    try (Gpt2Tokenizer tokenizer = tokenizerJson.isPresent() ? Gpt2Tokenizer.fromFile(tokenizerJson.get())
        : Gpt2Tokenizer.bundled()) {
      if (c.vocabSize() < 50257 && tokenizerJson.isEmpty()) {
        throw new ModelException("vocab_size " + c.vocabSize() + " is smaller than GPT-2's tokenizer (50257)");
      }
      Corpus.Loaded trainSet = Corpus.read(corpus, tokenizer, c.nPositions() + 1);
      Corpus.Loaded validSet = Corpus.read(List.of(valid), tokenizer, c.nPositions() + 1);
      out().printf("model: %d layers, %d heads, n_embd %d, n_positions %d, %,d parameters%n",
          c.nLayer(), c.nHead(), c.nEmbd(), c.nPositions(), c.parameterCount());
      out().printf("corpus: %,d training pairs (%,d tokens, %d too long), %,d held-out pairs%n",
          trainSet.examples().size(), trainSet.tokens(), trainSet.skipped(), validSet.examples().size());
      out().flush();
      try (TrainingGraph graph = new TrainingGraph(c, settings, threads)) {
        long startStep = 0;
        long tokens = 0;
        double seconds = 0;
        if (checkpoint != null) {
          graph.load(checkpoint.weights(), checkpoint.adamM(), checkpoint.adamV());
          startStep = checkpoint.step();
          tokens = checkpoint.tokensSeen();
          seconds = checkpoint.secondsSpent();
        } else {
          graph.load(start);
        }
        new Trainer(graph, settings, trainSet.examples(), validSet.examples(), out, dtype, tokenizerJson, out())
            .run(startStep, tokens, seconds);
      }
    }
    List<String> declared = languages != null ? languages
        : from != null ? ModelLanguages.read(from.resolve(ModelFolder.CONFIG)).codes()
        : resume != null && java.nio.file.Files.isRegularFile(out.resolve(ModelFolder.CONFIG))
            ? ModelLanguages.read(out.resolve(ModelFolder.CONFIG)).codes() : List.of("en");
    ModelLanguages.write(out.resolve(ModelFolder.CONFIG), declared);
    out().printf("wrote %s (writes %s)%n", out, String.join(", ", declared));
    return 0;
  }
}
