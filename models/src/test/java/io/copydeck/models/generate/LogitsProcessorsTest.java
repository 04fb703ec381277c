package io.copydeck.models.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogitsProcessorsTest {
  static final float NEG = Float.NEGATIVE_INFINITY;

  static TokenHistory history(int[] prompt, int... generated) {
    TokenHistory h = new TokenHistory(prompt);
    for (int g : generated) {
      h.append(g);
    }
    return h;
  }

  @Test
  void temperatureScalesLogits() {
    float[] l = {2f, -4f, 0f};
    new Temperature(0.5).process(l, history(new int[0]));
    assertArrayEquals(new float[] {4f, -8f, 0f}, l);
    assertThrows(IllegalArgumentException.class, () -> new Temperature(0));
  }

  @Test
  void topKKeepsTheKLargest() {
    float[] l = {1f, 5f, 3f, 4f, 2f};
    new TopK(2).process(l, history(new int[0]));
    assertArrayEquals(new float[] {NEG, 5f, NEG, 4f, NEG}, l);
  }

  @Test
  void topPKeepsTheSmallestNucleus() {
    // probabilities 0.5, 0.25, 0.125, 0.125
    float[] l = {(float) Math.log(0.5), (float) Math.log(0.25), (float) Math.log(0.125), (float) Math.log(0.125)};
    float[] a = l.clone();
    new TopP(0.7).process(a, history(new int[0]));
    assertEquals(l[0], a[0]);
    assertEquals(l[1], a[1]);
    assertEquals(NEG, a[2]);
    assertEquals(NEG, a[3]);
    float[] b = l.clone();
    new TopP(0.4).process(b, history(new int[0]));
    assertEquals(l[0], b[0], "the most likely token always stays");
    assertEquals(NEG, b[1]);
  }

  @Test
  void topPOnAFullVocabularyKeepsTheMinimalSet() {
    SplittableRandom rng = new SplittableRandom(9);
    float[] l = new float[50257];
    for (int i = 0; i < l.length; i++) {
      l[i] = (float) (rng.nextDouble() * 8);
    }
    double[] before = Softmax.probabilities(l);
    new TopP(0.9).process(l, history(new int[0]));
    double kept = 0;
    double smallestKept = 1;
    double largestDropped = 0;
    for (int i = 0; i < l.length; i++) {
      if (l[i] == NEG) {
        largestDropped = Math.max(largestDropped, before[i]);
      } else {
        kept += before[i];
        smallestKept = Math.min(smallestKept, before[i]);
      }
    }
    assertTrue(kept >= 0.9, "kept mass " + kept);
    assertTrue(kept - smallestKept < 0.9, "not minimal: " + kept + " - " + smallestKept);
    assertTrue(largestDropped <= smallestKept);
  }

  @Test
  void topKOnTiesKeepsAllTied() {
    float[] l = {1f, 3f, 3f, 2f};
    new TopK(1).process(l, history(new int[0]));
    assertArrayEquals(new float[] {NEG, 3f, 3f, NEG}, l);
  }

  @Test
  void repetitionPenaltyDividesPositiveAndMultipliesNegative() {
    float[] l = {2f, -2f, 2f, -2f};
    new RepetitionPenalty(2).process(l, history(new int[] {2}, 0, 1, 1));
    assertArrayEquals(new float[] {1f, -4f, 2f, -2f}, l, "each generated token penalised once; the prompt's not at all");
  }

  @Test
  void noRepeatNGramBansTheTokenThatWouldRepeatATrigram() {
    // generated: 5 6 7 1 5 6 → 7 would repeat "5 6 7"
    float[] l = new float[10];
    new NoRepeatNGram(3).process(l, history(new int[] {8}, 5, 6, 7, 1, 5, 6));
    assertEquals(NEG, l[7]);
    assertEquals(0f, l[1]);
    // The brief may be restated: "5 6 7" in the prompt does not ban 7 after a generated "5 6".
    float[] brief = new float[10];
    new NoRepeatNGram(3).process(brief, history(new int[] {5, 6, 7, 1}, 5, 6));
    assertEquals(0f, brief[7]);
    float[] unigram = new float[10];
    new NoRepeatNGram(1).process(unigram, history(new int[] {4}, 2, 3));
    assertEquals(NEG, unigram[2]);
    assertEquals(NEG, unigram[3]);
    assertEquals(0f, unigram[4]);
  }

  @Test
  void minNewTokensHoldsBackEndOfText() {
    float[] l = new float[5];
    MinNewTokens p = new MinNewTokens(2, 4);
    p.process(l, history(new int[] {1}, 3));
    assertEquals(NEG, l[4]);
    float[] after = new float[5];
    p.process(after, history(new int[] {1}, 3, 3));
    assertEquals(0f, after[4]);
  }

  @Test
  void bannedPhraseIsMaskedAtTheStepThatWouldCompleteIt() {
    BannedPhrases p = new BannedPhrases(List.of(new int[] {10, 11, 12}, new int[] {20}));
    float[] start = new float[30];
    p.process(start, history(new int[] {1}));
    assertEquals(NEG, start[20], "single-token phrase always banned");
    assertEquals(0f, start[12], "needs the prefix first");
    float[] mid = new float[30];
    p.process(mid, history(new int[] {1}, 10, 11));
    assertEquals(NEG, mid[12]);
    float[] other = new float[30];
    p.process(other, history(new int[] {1}, 10, 13));
    assertEquals(0f, other[12]);
  }

  @Test
  void bannedPhraseVariantsCoverCase() {
    assertEquals(List.of("best in class", "BEST IN CLASS", "Best in class"), BannedPhrases.variants("best in class"));
    assertEquals(List.of("Synergy", "synergy", "SYNERGY"), BannedPhrases.variants("Synergy"));
  }

  @Test
  void settingsBuildGreedyWithoutSamplingFilters() {
    List<LogitsProcessor> greedy = SamplingSettings.greedy().processors(0, List.of());
    assertTrue(greedy.isEmpty());
    List<LogitsProcessor> d = SamplingSettings.defaults().processors(0, List.of());
    assertEquals(List.of(RepetitionPenalty.class, NoRepeatNGram.class, Temperature.class, TopK.class, TopP.class),
        d.stream().map(Object::getClass).toList());
  }

  @Test
  void samplerFollowsTheDistributionAndIsSeeded() {
    float[] l = {(float) Math.log(0.7), (float) Math.log(0.3), NEG};
    int[] counts = new int[3];
    SplittableRandom rng = new SplittableRandom(42);
    for (int i = 0; i < 10000; i++) {
      counts[Sampler.sample(l, rng)]++;
    }
    assertEquals(0, counts[2]);
    assertEquals(7000, counts[0], 300);
    int a = Sampler.sample(l, new SplittableRandom(5));
    int b = Sampler.sample(l, new SplittableRandom(5));
    assertEquals(a, b);
    assertEquals(1, Sampler.argmax(new float[] {0f, 3f, 2f}));
  }
}
