package io.copydeck.models.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * An endless, reproducible stream of training batches. Each epoch shuffles the examples with a
 * seed derived from (seed, epoch), sorts windows of 64 batches' worth by length so that rows in a
 * batch have similar lengths (little padding), then shuffles the batch order. Because the stream
 * depends only on the seed, a resumed run skips to its step and sees exactly the batches the
 * interrupted run would have seen.
 */
public final class BatchStream {
  private static final int WINDOW_BATCHES = 64;
  private final List<Example> examples;
  private final int batchSize;
  private final long seed;
  private final int padId;
  private int epoch = -1;
  private List<List<Example>> current = List.of();
  private int next;

  public BatchStream(List<Example> examples, int batchSize, long seed, int padId) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive");
    }
    this.examples = List.copyOf(examples);
    this.batchSize = Math.min(batchSize, examples.size());
    this.seed = seed;
    this.padId = padId;
  }

  public Batch next() {
    if (next >= current.size()) {
      epoch++;
      current = epochBatches(epoch);
      next = 0;
    }
    return Batch.of(current.get(next++), padId);
  }

  /** Advances past {@code steps} batches without building them (for resuming). */
  public void skip(long steps) {
    for (long i = 0; i < steps; i++) {
      if (next >= current.size()) {
        epoch++;
        current = epochBatches(epoch);
        next = 0;
      }
      next++;
    }
  }

  public int batchesPerEpoch() {
    return examples.size() / batchSize;
  }

  private List<List<Example>> epochBatches(int e) {
    Random rng = new Random(seed * 1_000_003L + e);
    List<Example> order = new ArrayList<>(examples);
    Collections.shuffle(order, rng);
    List<List<Example>> batches = new ArrayList<>();
    int window = batchSize * WINDOW_BATCHES;
    for (int start = 0; start + batchSize <= order.size(); start += window) {
      List<Example> w = new ArrayList<>(order.subList(start, Math.min(order.size(), start + window)));
      w.sort(Comparator.comparingInt(x -> x.ids().length));
      for (int b = 0; b + batchSize <= w.size(); b += batchSize) {
        batches.add(w.subList(b, b + batchSize));
      }
    }
    Collections.shuffle(batches, rng);
    return batches;
  }

  /** Fixed batches over all examples in length order, for evaluation. */
  public static List<Batch> evaluation(List<Example> examples, int batchSize, int padId) {
    List<Example> sorted = new ArrayList<>(examples);
    sorted.sort(Comparator.comparingInt(x -> x.ids().length));
    List<Batch> out = new ArrayList<>();
    for (int b = 0; b < sorted.size(); b += batchSize) {
      out.add(Batch.of(sorted.subList(b, Math.min(sorted.size(), b + batchSize)), padId));
    }
    return out;
  }
}
