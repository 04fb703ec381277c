package io.copydeck.models.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.copydeck.models.ModelException;
import io.copydeck.models.safetensors.DType;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The training loop: batches from a {@link BatchStream}, one AdamW step each at the scheduled
 * learning rate, a log line every few steps (loss, learning rate, gradient norm, tokens/s, ETA),
 * and every {@code evalEvery} steps a held-out evaluation, a checkpoint and an exported model
 * folder, so a run stopped at any time leaves a usable model behind. Evaluations are appended to
 * {@code training-log.jsonl} in the output folder.
 */
public final class Trainer {
  private static final ObjectMapper JSON = new ObjectMapper();
  public static final String CHECKPOINT = "checkpoint";
  public static final String LOG = "training-log.jsonl";

  private final TrainingGraph graph;
  private final TrainSettings settings;
  private final List<Example> train;
  private final List<Example> valid;
  private final Path out;
  private final DType dtype;
  private final Optional<Path> tokenizerJson;
  private final PrintWriter log;

  /** Figures of a finished run. */
  public record Summary(long steps, long tokensSeen, double seconds, double tokensPerSecond, double lastTrainLoss,
      Evaluation train, Evaluation valid, List<Double> stepLosses) {}

  public Trainer(TrainingGraph graph, TrainSettings settings, List<Example> train, List<Example> valid, Path out,
      DType dtype, Optional<Path> tokenizerJson, PrintWriter log) {
    this.graph = graph;
    this.settings = settings;
    this.train = train;
    this.valid = valid;
    this.out = out;
    this.dtype = dtype;
    this.tokenizerJson = tokenizerJson;
    this.log = log;
  }

  /** Trains from {@code startStep} (0, or a checkpoint's step) to {@code settings.steps()}. */
  public Summary run(long startStep, long tokensBefore, double secondsBefore) throws IOException {
    // Padding sits after each row's end; any valid id works, end-of-text is the natural one.
    int pad = graph.config().eosTokenId();
    BatchStream stream = new BatchStream(train, settings.batchSize(), settings.seed(), pad);
    stream.skip(startStep);
    List<Batch> validBatches = BatchStream.evaluation(
        settings.evalExamples() > 0 && settings.evalExamples() < valid.size()
            ? valid.subList(0, settings.evalExamples()) : valid,
        settings.batchSize(), pad);
    LearningRateSchedule schedule = settings.schedule();
    long started = System.nanoTime();
    long tokens = tokensBefore;
    long windowTokens = 0;
    double windowLoss = 0;
    double windowNorm = 0;
    int windowSteps = 0;
    long windowStart = System.nanoTime();
    double lastLoss = Double.NaN;
    long step = startStep;
    List<Double> stepLosses = new ArrayList<>();
    log.printf("training %,d steps from step %d: %,d examples (%d batches/epoch), batch %d, lr %.1e → %.1e, "
            + "warm-up %d, weight decay %.2f, clip %.1f, dropout %.2f%n",
        settings.steps(), startStep, train.size(), stream.batchesPerEpoch(), settings.batchSize(),
        settings.learningRate(), settings.minLearningRate(), settings.warmupSteps(), settings.weightDecay(),
        settings.gradClip(), settings.dropout());
    log.flush();
    while (step < settings.steps()) {
      Batch batch = stream.next();
      double lr = schedule.at(step);
      TrainingGraph.StepResult r = graph.train(batch, lr, step);
      if (!Double.isFinite(r.loss())) {
        throw new ModelException("loss became " + r.loss() + " at step " + step
            + "; lower --lr or check the corpus (the last checkpoint is in " + out.resolve(CHECKPOINT) + ")");
      }
      step++;
      stepLosses.add(r.loss());
      tokens += batch.tokens();
      windowTokens += batch.tokens();
      windowLoss += r.loss();
      windowNorm += r.gradNorm();
      windowSteps++;
      double sessionSeconds = (System.nanoTime() - started) / 1e9;
      boolean outOfTime = settings.timeLimitSeconds() > 0 && sessionSeconds >= settings.timeLimitSeconds();
      boolean last = step == settings.steps() || outOfTime;
      if (step % settings.logEvery() == 0 || last) {
        double windowSeconds = (System.nanoTime() - windowStart) / 1e9;
        lastLoss = windowLoss / windowSteps;
        double eta = (settings.steps() - step) * sessionSeconds / (step - startStep);
        log.printf("step %6d/%d %s loss %.4f  lr %.2e  |g| %.2f  %,.0f tok/s  elapsed %s  ETA %s%n",
            step, settings.steps(), bar(step, settings.steps()), lastLoss, lr, windowNorm / windowSteps,
            windowTokens / windowSeconds, duration(secondsBefore + sessionSeconds), duration(eta));
        log.flush();
        windowTokens = 0;
        windowLoss = 0;
        windowNorm = 0;
        windowSteps = 0;
        windowStart = System.nanoTime();
      }
      if (step % settings.evalEvery() == 0 || last) {
        Evaluation e = Evaluation.of(graph, validBatches);
        double spent = secondsBefore + (System.nanoTime() - started) / 1e9;
        log.printf("eval  step %d: held-out loss %.4f, perplexity %.2f (%,d tokens); saving%n",
            step, e.loss(), e.perplexity(), e.targets());
        log.flush();
        save(step, tokens, spent, lastLoss, e);
      }
      if (outOfTime) {
        log.printf("time limit of %s reached at step %d; stopping%n", duration(settings.timeLimitSeconds()), step);
        break;
      }
    }
    double seconds = secondsBefore + (System.nanoTime() - started) / 1e9;
    Evaluation validAll = Evaluation.of(graph, BatchStream.evaluation(valid, settings.batchSize(),
        pad));
    Evaluation trainSample = Evaluation.of(graph, BatchStream.evaluation(
        train.subList(0, Math.min(train.size(), Math.max(valid.size(), 1))), settings.batchSize(),
        pad));
    Summary s = new Summary(step, tokens, seconds, (tokens - tokensBefore) / ((System.nanoTime() - started) / 1e9),
        lastLoss, trainSample, validAll, List.copyOf(stepLosses));
    log.printf("done: %d steps, %,d tokens in %s (%,.0f tok/s this session); train loss %.4f (ppl %.2f), "
            + "held-out loss %.4f (ppl %.2f) on %,d tokens%n",
        s.steps(), s.tokensSeen(), duration(s.seconds()), s.tokensPerSecond(), trainSample.loss(),
        trainSample.perplexity(), validAll.loss(), validAll.perplexity(), validAll.targets());
    log.flush();
    appendLog(summaryJson(s));
    return s;
  }

  private void save(long step, long tokens, double seconds, double trainLoss, Evaluation e) throws IOException {
    new Checkpoint(graph.config(), graph.weights().tensors(), graph.adamFirstMoments(), graph.adamSecondMoments(),
        step, tokens, seconds).write(out.resolve(CHECKPOINT));
    ModelExport.write(graph.weights(), out, dtype, tokenizerJson);
    ObjectNode n = JSON.createObjectNode();
    n.put("step", step);
    n.put("tokens_seen", tokens);
    n.put("seconds", Math.round(seconds));
    n.put("train_loss", trainLoss);
    n.put("valid_loss", e.loss());
    n.put("valid_perplexity", e.perplexity());
    appendLog(n);
  }

  private ObjectNode summaryJson(Summary s) {
    ObjectNode n = JSON.createObjectNode();
    n.put("final", true);
    n.put("step", s.steps());
    n.put("tokens_seen", s.tokensSeen());
    n.put("seconds", Math.round(s.seconds()));
    n.put("tokens_per_second", Math.round(s.tokensPerSecond()));
    n.put("train_loss", s.train().loss());
    n.put("train_perplexity", s.train().perplexity());
    n.put("valid_loss", s.valid().loss());
    n.put("valid_perplexity", s.valid().perplexity());
    n.put("valid_tokens", s.valid().targets());
    return n;
  }

  private void appendLog(ObjectNode n) throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve(LOG), JSON.writeValueAsString(n) + "\n",
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  static String bar(long done, long total) {
    int width = 20;
    int filled = (int) Math.min(width, done * width / Math.max(1, total));
    return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60)
        : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
