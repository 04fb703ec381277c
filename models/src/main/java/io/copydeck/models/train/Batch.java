package io.copydeck.models.train;

import java.util.ArrayList;
import java.util.List;

/**
 * A padded batch ready for the graph. Rows are right-padded to the longest input in the batch:
 * with a causal mask, padding after a row's end cannot influence its real positions, so no
 * attention mask is needed. The loss is taken only at {@code targetIndex} (positions in the
 * flattened [B*T] inputs whose next token is a completion token).
 *
 * @param inputIds [B][T] inputs (each sequence minus its last token), padded with end-of-text
 * @param targetIndex flattened positions b*T + t that carry a loss
 * @param targetIds the token expected at each of those positions
 * @param tokens real (non-padding) input tokens, for throughput figures
 */
public record Batch(int[][] inputIds, int[] targetIndex, int[] targetIds, int tokens) {

  public static Batch of(List<Example> examples, int padId) {
    int t = 0;
    for (Example e : examples) {
      t = Math.max(t, e.inputLength());
    }
    int[][] ids = new int[examples.size()][t];
    List<int[]> targets = new ArrayList<>();
    int tokens = 0;
    for (int b = 0; b < examples.size(); b++) {
      Example e = examples.get(b);
      java.util.Arrays.fill(ids[b], padId);
      System.arraycopy(e.ids(), 0, ids[b], 0, e.inputLength());
      tokens += e.inputLength();
      for (int j = Math.max(0, e.promptLength() - 1); j < e.inputLength(); j++) {
        targets.add(new int[] {b * t + j, e.ids()[j + 1]});
      }
    }
    int[] index = new int[targets.size()];
    int[] target = new int[targets.size()];
    for (int i = 0; i < index.length; i++) {
      index[i] = targets.get(i)[0];
      target[i] = targets.get(i)[1];
    }
    return new Batch(ids, index, target, tokens);
  }

  public int rows() {
    return inputIds.length;
  }

  public int length() {
    return inputIds[0].length;
  }
}
