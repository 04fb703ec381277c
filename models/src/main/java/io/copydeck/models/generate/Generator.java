package io.copydeck.models.generate;

import io.copydeck.models.Gpt2Config;
import io.copydeck.models.ModelException;
import io.copydeck.models.runtime.Gpt2Model;
import io.copydeck.models.runtime.KvCache;
import io.copydeck.models.tokenizer.Gpt2Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Batched text generation: prompts are left-padded to a common length (padding masked out),
 * prefilled in one pass, then decoded one token per step with the KV cache. Rows finish on their
 * own (end-of-text, a stop sequence, max tokens); finished rows are dropped from the batch (their
 * KV-cache rows gathered away), so the remaining rows stop paying for them.
 */
public final class Generator {
  private final Gpt2Model model;
  private final Gpt2Tokenizer tokenizer;
  private final int maxBatch;

  public Generator(Gpt2Model model, Gpt2Tokenizer tokenizer, int maxBatch) {
    if (maxBatch <= 0) {
      throw new IllegalArgumentException("batch size must be positive");
    }
    this.model = model;
    this.tokenizer = tokenizer;
    this.maxBatch = maxBatch;
  }

  public Completion generate(GenerationRequest request) {
    return generate(List.of(request)).get(0);
  }

  /** Completions in request order; requests run in batches of at most maxBatch. */
  public List<Completion> generate(List<GenerationRequest> requests) {
    List<Completion> out = new ArrayList<>();
    for (int i = 0; i < requests.size(); i += maxBatch) {
      out.addAll(generateBatch(requests.subList(i, Math.min(requests.size(), i + maxBatch))));
    }
    return out;
  }

  private List<Completion> generateBatch(List<GenerationRequest> requests) {
    Gpt2Config c = model.config();
    int eos = c.eosTokenId();
    List<Row> rows = new ArrayList<>();
    for (GenerationRequest r : requests) {
      int[] prompt = tokenizer.encode(r.prompt());
      if (prompt.length == 0) {
        prompt = new int[] {eos}; // GPT-2 starts unconditional text after <|endoftext|>
      }
      if (prompt.length >= c.nPositions()) {
        throw new ModelException("prompt of " + prompt.length + " tokens does not fit the context of "
            + c.nPositions() + " tokens: \"" + abbreviate(r.prompt()) + "\"");
      }
      rows.add(new Row(r, prompt, eos, tokenizer));
    }
    int b = rows.size();
    int width = rows.stream().mapToInt(row -> row.prompt.length).max().orElse(1);
    int[][] ids = new int[b][width];
    int[][] mask = new int[b][width];
    for (int i = 0; i < b; i++) {
      int[] p = rows.get(i).prompt;
      int pad = width - p.length;
      Arrays.fill(ids[i], 0, pad, eos);
      System.arraycopy(p, 0, ids[i], pad, p.length);
      Arrays.fill(mask[i], pad, width, 1);
    }
    KvCache empty = model.emptyCache(b);
    Gpt2Model.Step step;
    try {
      step = model.decode(ids, mask, empty);
    } finally {
      empty.close();
    }
    // slots[j] = index into rows of the j-th row still in the batch
    int[] slots = new int[b];
    Arrays.setAll(slots, i -> i);
    try {
      while (true) {
        for (int j = 0; j < slots.length; j++) {
          rows.get(slots[j]).accept(step.logits()[j]);
        }
        int[] active = Arrays.stream(slots).filter(i -> !rows.get(i).finished()).toArray();
        if (active.length == 0) {
          break;
        }
        if (mask[0].length + 1 > c.nPositions()) {
          rows.forEach(row -> row.finishIfActive(FinishReason.CONTEXT_FULL));
          break;
        }
        KvCache cache = step.cache();
        if (active.length < slots.length) {
          // Drop finished rows: the remaining ones no longer pay for them.
          cache = model.keepRows(step.cache(), positionsOf(active, slots));
          mask = keepRows(mask, positionsOf(active, slots));
          step.cache().close();
          slots = active;
        }
        int[][] next = new int[slots.length][1];
        for (int j = 0; j < slots.length; j++) {
          next[j][0] = rows.get(slots[j]).lastToken();
        }
        mask = grow(mask);
        Gpt2Model.Step following;
        try {
          following = model.decode(next, mask, cache);
        } finally {
          cache.close();
        }
        step = following;
      }
    } finally {
      step.cache().close();
    }
    return rows.stream().map(Row::completion).toList();
  }

  /** Appends a 1 to every row of the mask: each row in the batch gets one more real token. */
  private static int[][] grow(int[][] mask) {
    int[][] m = new int[mask.length][];
    for (int i = 0; i < mask.length; i++) {
      m[i] = Arrays.copyOf(mask[i], mask[i].length + 1);
      m[i][mask[i].length] = 1;
    }
    return m;
  }

  private static int[][] keepRows(int[][] a, int[] positions) {
    int[][] out = new int[positions.length][];
    for (int j = 0; j < positions.length; j++) {
      out[j] = a[positions[j]];
    }
    return out;
  }

  /** Where each of {@code active} sits in {@code slots}. */
  private static int[] positionsOf(int[] active, int[] slots) {
    int[] pos = new int[active.length];
    for (int j = 0, k = 0; j < slots.length && k < active.length; j++) {
      if (slots[j] == active[k]) {
        pos[k++] = j;
      }
    }
    return pos;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  /** One request's state while its batch runs. */
  private static final class Row {
    final GenerationRequest request;
    final int[] prompt;
    final TokenHistory history;
    final List<LogitsProcessor> processors;
    final SplittableRandom rng;
    final int eos;
    final Gpt2Tokenizer tokenizer;
    double logProb;
    String text = "";
    FinishReason reason;

    Row(GenerationRequest r, int[] prompt, int eos, Gpt2Tokenizer tokenizer) {
      this.request = r;
      this.prompt = prompt;
      this.history = new TokenHistory(prompt);
      List<LogitsProcessor> bans = r.bannedPhrases().isEmpty()
          ? List.of() : List.of(BannedPhrases.of(tokenizer, r.bannedPhrases()));
      this.processors = r.settings().processors(eos, bans);
      this.rng = new SplittableRandom(r.seed());
      this.eos = eos;
      this.tokenizer = tokenizer;
    }

    boolean finished() {
      return reason != null;
    }

    void finishIfActive(FinishReason r) {
      if (reason == null) {
        reason = r;
      }
    }

    int lastToken() {
      return history.get(history.size() - 1);
    }

    /** Chooses the next token from this row's logits and updates text and finish state. */
    int accept(float[] rawLogits) {
      float[] logits = rawLogits.clone();
      for (LogitsProcessor p : processors) {
        p.process(logits, history);
      }
      int token = request.settings().isGreedy() ? Sampler.argmax(logits) : Sampler.sample(logits, rng);
      logProb += Softmax.logProbability(rawLogits, token);
      if (token == eos) {
        reason = FinishReason.END_OF_TEXT;
        return token;
      }
      history.append(token);
      text = tokenizer.decode(history.generated());
      int cut = firstStop(text);
      if (cut >= 0) {
        text = text.substring(0, cut);
        reason = FinishReason.STOP_SEQUENCE;
      } else if (history.generatedCount() >= request.maxNewTokens()) {
        reason = FinishReason.MAX_TOKENS;
      }
      return token;
    }

    private int firstStop(String s) {
      int best = -1;
      for (String stop : request.stopSequences()) {
        if (stop.isEmpty()) {
          continue;
        }
        int at = s.indexOf(stop);
        if (at >= 0 && (best < 0 || at < best)) {
          best = at;
        }
      }
      return best;
    }

    Completion completion() {
      return new Completion(text, history.generated(), logProb, reason);
    }
  }
}
