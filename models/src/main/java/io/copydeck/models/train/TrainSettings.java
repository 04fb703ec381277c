package io.copydeck.models.train;

/**
 * Optimisation hyperparameters of one run.
 *
 * @param steps optimizer steps; the cosine schedule ends here
 * @param batchSize sequences per step
 * @param learningRate peak learning rate after warm-up
 * @param minLearningRate learning rate at the end of the cosine decay
 * @param warmupSteps linear warm-up length
 * @param weightDecay AdamW's decoupled decay on matrices
 * @param beta1 Adam's first-moment decay
 * @param beta2 Adam's second-moment decay
 * @param gradClip global gradient-norm ceiling
 * @param dropout dropout rate while training (0 at evaluation)
 * @param evalEvery steps between held-out evaluations and checkpoints
 * @param evalExamples held-out examples used by the periodic evaluations (0 = all; the final one uses all)
 * @param logEvery steps between log lines
 * @param seed data order and dropout seed
 * @param timeLimitSeconds stop early (saving everything) after this long; 0 = no limit
 */
public record TrainSettings(int steps, int batchSize, double learningRate, double minLearningRate, int warmupSteps,
    double weightDecay, double beta1, double beta2, double gradClip, double dropout, int evalEvery, int evalExamples,
    int logEvery, long seed, long timeLimitSeconds) {

  public static TrainSettings defaults() {
    return new TrainSettings(2000, 16, 1e-3, 1e-4, 100, 0.1, 0.9, 0.95, 1.0, 0.0, 250, 0, 10, 1, 0);
  }

  public LearningRateSchedule schedule() {
    return new LearningRateSchedule(learningRate, minLearningRate, warmupSteps, steps);
  }

  public TrainSettings withSteps(int s) {
    return new TrainSettings(s, batchSize, learningRate, minLearningRate, warmupSteps, weightDecay, beta1, beta2,
        gradClip, dropout, evalEvery, evalExamples, logEvery, seed, timeLimitSeconds);
  }

  public TrainSettings withEval(int every, int examples) {
    return new TrainSettings(steps, batchSize, learningRate, minLearningRate, warmupSteps, weightDecay, beta1, beta2,
        gradClip, dropout, every, examples, logEvery, seed, timeLimitSeconds);
  }

  public TrainSettings withBatch(int b, double lr, int warmup) {
    return new TrainSettings(steps, b, lr, lr / 10, warmup, weightDecay, beta1, beta2,
        gradClip, dropout, evalEvery, evalExamples, logEvery, seed, timeLimitSeconds);
  }
}
