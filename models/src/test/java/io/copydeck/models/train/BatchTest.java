package io.copydeck.models.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Padding, prompt masking, data order and the learning-rate schedule: no TensorFlow needed. */
class BatchTest {
  static final int PAD = 99;

  @Test
  void lossCoversOnlyCompletionTokensAndPaddingIsOnTheRight() {
    Example a = new Example(new int[] {1, 2, 3, 10, 11}, 3);  // prompt 1 2 3, completion 10 11
    Example b = new Example(new int[] {4, 20}, 1);            // prompt 4, completion 20
    Batch batch = Batch.of(List.of(a, b), PAD);
    assertArrayEquals(new int[] {1, 2, 3, 10}, batch.inputIds()[0]);
    assertArrayEquals(new int[] {4, PAD, PAD, PAD}, batch.inputIds()[1]);
    // row 0: position 2 (token 3) predicts 10, position 3 predicts 11; row 1: position 0 predicts 20
    assertArrayEquals(new int[] {2, 3, 4}, batch.targetIndex());
    assertArrayEquals(new int[] {10, 11, 20}, batch.targetIds());
    assertEquals(5, batch.tokens());
  }

  @Test
  void streamIsReproducibleAndSkipMatchesReading() {
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      int[] ids = new int[2 + i % 7];
      java.util.Arrays.fill(ids, i);
      examples.add(new Example(ids, 1));
    }
    BatchStream read = new BatchStream(examples, 4, 7, PAD);
    for (int i = 0; i < 30; i++) {   // crosses two epoch boundaries (12 batches per epoch)
      read.next();
    }
    BatchStream skipped = new BatchStream(examples, 4, 7, PAD);
    skipped.skip(30);
    for (int i = 0; i < 5; i++) {
      assertArrayEquals(read.next().inputIds(), skipped.next().inputIds());
    }
    // one epoch visits 48 distinct examples (50 minus the remainder)
    BatchStream epoch = new BatchStream(examples, 4, 7, PAD);
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < epoch.batchesPerEpoch(); i++) {
      for (int[] row : epoch.next().inputIds()) {
        seen.add(row[0]);
      }
    }
    assertEquals(48, seen.size());
  }

  @Test
  void warmupThenCosineDecay() {
    LearningRateSchedule s = new LearningRateSchedule(1e-3, 1e-4, 10, 110);
    assertEquals(1e-4, s.at(0), 1e-12);
    assertEquals(1e-3, s.at(9), 1e-12);
    assertEquals(1e-3, s.at(10), 1e-12);
    assertEquals(5.5e-4, s.at(60), 1e-9);
    assertEquals(1e-4, s.at(110), 1e-12);
    assertTrue(s.at(30) > s.at(80));
  }
}
