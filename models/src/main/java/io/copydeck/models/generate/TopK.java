package io.copydeck.models.generate;

import java.util.PriorityQueue;

/** Keeps the k most likely tokens (ties at the k-th value are kept too). */
public record TopK(int k) implements LogitsProcessor {
  public TopK {
    if (k <= 0) {
      throw new IllegalArgumentException("top-k must be positive, got " + k);
    }
  }

  @Override
  public void process(float[] logits, TokenHistory history) {
    if (k >= logits.length) {
      return;
    }
    // A min-heap of the k largest values: O(V log k), not a sort of the whole vocabulary per step.
    PriorityQueue<Float> heap = new PriorityQueue<>(k + 1);
    for (float l : logits) {
      if (heap.size() < k) {
        heap.add(l);
      } else if (l > heap.peek()) {
        heap.poll();
        heap.add(l);
      }
    }
    float threshold = heap.peek();
    for (int i = 0; i < logits.length; i++) {
      if (logits[i] < threshold) {
        logits[i] = Float.NEGATIVE_INFINITY;
      }
    }
  }
}
