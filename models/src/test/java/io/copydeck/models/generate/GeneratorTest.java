package io.copydeck.models.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.models.Gpt2Config;
import io.copydeck.models.Gpt2Weights;
import io.copydeck.models.ReferenceGpt2;
import io.copydeck.models.runtime.Gpt2Importer;
import io.copydeck.models.runtime.Gpt2Model;
import io.copydeck.models.runtime.RuntimeOptions;
import io.copydeck.models.tokenizer.Gpt2Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generation end to end on a tiny random model with GPT-2's vocabulary, so the real tokenizer applies. */
class GeneratorTest {
  static final Gpt2Config TINY = Gpt2Config.tiny(50257, 64, 16, 2, 2);
  @TempDir static Path tmp;
  static Gpt2Weights weights;
  static Gpt2Model model;
  static Gpt2Tokenizer tokenizer;

  @BeforeAll
  static void load() throws Exception {
    // Larger weights than GPT-2's init, so the tiny model has clear preferences and greedy loops are visible.
    weights = Gpt2Weights.random(TINY, 11);
    for (float[] a : weights.tensors().values()) {
      for (int i = 0; i < a.length; i++) {
        a[i] *= 10;
      }
    }
    Path dir = tmp.resolve("tiny");
    weights.writeFolder(dir, io.copydeck.models.safetensors.DType.F32);
    Path saved = Gpt2Importer.importFolder(io.copydeck.models.ModelFolder.open(dir), tmp.resolve("cache")).savedModel();
    model = Gpt2Model.load(saved, TINY, RuntimeOptions.defaults().withThreads(1));
    tokenizer = Gpt2Tokenizer.bundled();
  }

  @AfterAll
  static void close() {
    model.close();
    tokenizer.close();
  }

  static SamplingSettings sampling() {
    return new SamplingSettings(1.0, 0, 1.0, 1.0, 0, 0);
  }

  @Test
  void greedyMatchesTheReferenceArgmaxChain() {
    String prompt = "The marketing strategy of the company";
    Completion c = new Generator(model, tokenizer, 4)
        .generate(GenerationRequest.of(prompt, SamplingSettings.greedy(), 0, 6));
    ReferenceGpt2 ref = new ReferenceGpt2(weights);
    List<Integer> ids = new ArrayList<>();
    for (int id : tokenizer.encode(prompt)) {
      ids.add(id);
    }
    int[] expected = new int[6];
    int n = 0;
    for (; n < 6; n++) {
      float[][] logits = ref.forward(ids.stream().mapToInt(Integer::intValue).toArray());
      int next = Sampler.argmax(logits[logits.length - 1]);
      if (next == TINY.eosTokenId()) {
        break;
      }
      expected[n] = next;
      ids.add(next);
    }
    assertArrayEquals(java.util.Arrays.copyOf(expected, n), c.tokenIds());
    assertEquals(tokenizer.decode(c.tokenIds()), c.text());
    assertTrue(c.logProb() < 0);
  }

  @Test
  void rowsDoNotDependOnBatchCompositionOrSize() {
    GenerationRequest a = GenerationRequest.of("Spring sale", sampling(), 1, 12);
    GenerationRequest b = GenerationRequest.of("A much longer prompt about our new running shoes", sampling(), 2, 5);
    GenerationRequest c = GenerationRequest.of("x", sampling(), 3, 20);
    Completion alone = new Generator(model, tokenizer, 1).generate(a);
    List<Completion> batched = new Generator(model, tokenizer, 8).generate(List.of(b, a, c));
    List<Completion> pairs = new Generator(model, tokenizer, 2).generate(List.of(c, b, a));
    assertArrayEquals(alone.tokenIds(), batched.get(1).tokenIds());
    assertArrayEquals(alone.tokenIds(), pairs.get(2).tokenIds());
    assertArrayEquals(batched.get(0).tokenIds(), pairs.get(1).tokenIds());
    assertArrayEquals(batched.get(2).tokenIds(), pairs.get(0).tokenIds());
    assertEquals(alone.logProb(), batched.get(1).logProb(), 1e-3);
    // and the seed matters
    Completion other = new Generator(model, tokenizer, 1).generate(GenerationRequest.of("Spring sale", sampling(), 99, 12));
    assertFalse(java.util.Arrays.equals(alone.tokenIds(), other.tokenIds()));
  }

  @Test
  void rowsFinishIndependentlyOnMaxTokens() {
    List<Completion> cs = new Generator(model, tokenizer, 4).generate(List.of(
        GenerationRequest.of("one", sampling(), 1, 3),
        GenerationRequest.of("two", sampling(), 2, 9)));
    assertEquals(FinishReason.MAX_TOKENS, cs.get(0).finishReason());
    assertEquals(3, cs.get(0).tokenIds().length);
    assertEquals(9, cs.get(1).tokenIds().length);
  }

  @Test
  void stopSequenceCutsTheText() {
    // Find what greedy produces, then stop at a piece of it.
    Completion free = new Generator(model, tokenizer, 1)
        .generate(GenerationRequest.of("Hello", SamplingSettings.greedy(), 0, 8));
    String text = free.text();
    assertTrue(text.length() >= 3, "greedy text too short to cut: " + text);
    String stop = text.substring(text.length() / 2, text.length() / 2 + 1);
    int cut = text.indexOf(stop);
    Completion stopped = new Generator(model, tokenizer, 1).generate(new GenerationRequest("Hello",
        SamplingSettings.greedy(), 0, List.of(), List.of(stop), 8));
    assertEquals(FinishReason.STOP_SEQUENCE, stopped.finishReason());
    assertEquals(text.substring(0, cut), stopped.text());
  }

  @Test
  void bannedPhraseNeverAppearsAndOtherRowsAreUnaffected() {
    Completion free = new Generator(model, tokenizer, 1)
        .generate(GenerationRequest.of("Our product", SamplingSettings.greedy(), 0, 10));
    assertTrue(free.tokenIds().length >= 2, "need some text to ban");
    // ban the first two generated tokens as a phrase
    String phrase = tokenizer.decode(new int[] {free.tokenIds()[0], free.tokenIds()[1]}).strip();
    GenerationRequest banned = new GenerationRequest("Our product", SamplingSettings.greedy(), 0,
        List.of(phrase), List.of(), 10);
    List<Completion> cs = new Generator(model, tokenizer, 2).generate(List.of(banned,
        GenerationRequest.of("Our product", SamplingSettings.greedy(), 0, 10)));
    assertFalse(cs.get(0).text().toLowerCase().contains(phrase.toLowerCase()), cs.get(0).text());
    assertArrayEquals(free.tokenIds(), cs.get(1).tokenIds());
  }

  @Test
  void minNewTokensDelaysEndOfText() {
    SamplingSettings s = new SamplingSettings(1.0, 0, 1.0, 1.0, 0, 7);
    for (long seed = 0; seed < 5; seed++) {
      Completion c = new Generator(model, tokenizer, 1).generate(GenerationRequest.of("", s, seed, 7));
      assertEquals(7, c.tokenIds().length);
    }
  }

  @Test
  void endOfTextFinishesARowAndMinNewTokensHoldsItBack(@TempDir Path dir) throws Exception {
    // ln_f with zero gain outputs its bias at every position, so logits = bias · wte[k]; making
    // wte[eos] a large multiple of that bias makes end-of-text the certain next token.
    Gpt2Weights w = Gpt2Weights.random(TINY, 12);
    float[] bias = w.get("ln_f.bias");
    java.util.Arrays.fill(w.get("ln_f.weight"), 0f);
    for (int j = 0; j < bias.length; j++) {
      bias[j] = 1f;
      w.get("wte.weight")[TINY.eosTokenId() * TINY.nEmbd() + j] = 10f;
    }
    w.writeFolder(dir.resolve("eos"), io.copydeck.models.safetensors.DType.F32);
    Path saved = Gpt2Importer.importFolder(io.copydeck.models.ModelFolder.open(dir.resolve("eos")),
        dir.resolve("cache")).savedModel();
    try (Gpt2Model eosModel = Gpt2Model.load(saved, TINY, RuntimeOptions.defaults().withThreads(1))) {
      Generator g = new Generator(eosModel, tokenizer, 4);
      List<Completion> cs = g.generate(List.of(
          GenerationRequest.of("Buy now", sampling(), 1, 10),
          GenerationRequest.of("Buy now", new SamplingSettings(1.0, 0, 1.0, 1.0, 0, 3), 1, 10)));
      assertEquals(FinishReason.END_OF_TEXT, cs.get(0).finishReason());
      assertEquals(0, cs.get(0).tokenIds().length);
      assertEquals("", cs.get(0).text());
      assertEquals(FinishReason.END_OF_TEXT, cs.get(1).finishReason());
      assertEquals(3, cs.get(1).tokenIds().length, "EOS banned for the first 3 tokens, then certain");
    }
  }

  @Test
  void bannedPhrasesCoverCaseAndLeadingSpaceVariants() {
    BannedPhrases p = BannedPhrases.of(tokenizer, List.of("best in class"));
    List<String> seqs = p.sequences().stream().map(java.util.Arrays::toString).toList();
    for (String variant : List.of("best in class", " best in class", " Best in class", " BEST IN CLASS")) {
      assertTrue(seqs.contains(java.util.Arrays.toString(tokenizer.encode(variant))), variant);
    }
  }

  @Test
  void contextFullStopsGeneration() {
    Completion c = new Generator(model, tokenizer, 1)
        .generate(GenerationRequest.of("word ".repeat(60), sampling(), 4, 50));
    assertTrue(c.finishReason() == FinishReason.CONTEXT_FULL || c.finishReason() == FinishReason.END_OF_TEXT,
        c.finishReason().toString());
    assertTrue(c.tokenIds().length <= 64 - 60);
  }
}
