package io.copydeck.models.generate;

import io.copydeck.models.tokenizer.Gpt2Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps phrases out of the text. Each phrase becomes token sequences for its case variants
 * (as written, lower case, Capitalised, UPPER CASE), each with and without a leading space, since
 * GPT-2 tokenises " word" and "word" differently. At every step, the last token of a sequence is
 * banned when the row already ends with the rest of it: a multi-token phrase is stopped at the
 * step that would complete it. A different tokenisation of the same text is not caught here.
 */
public final class BannedPhrases implements LogitsProcessor {
  private final List<int[]> sequences;

  public BannedPhrases(List<int[]> sequences) {
    this.sequences = List.copyOf(sequences);
  }

  public static BannedPhrases of(Gpt2Tokenizer tokenizer, List<String> phrases) {
    Set<String> seen = new LinkedHashSet<>();
    List<int[]> seqs = new ArrayList<>();
    for (String phrase : phrases) {
      String p = phrase.strip();
      if (p.isEmpty()) {
        continue;
      }
      for (String variant : variants(p)) {
        for (String text : List.of(variant, " " + variant)) {
          int[] ids = tokenizer.encode(text);
          if (ids.length > 0 && seen.add(java.util.Arrays.toString(ids))) {
            seqs.add(ids);
          }
        }
      }
    }
    return new BannedPhrases(seqs);
  }

  static List<String> variants(String p) {
    Set<String> v = new LinkedHashSet<>();
    v.add(p);
    v.add(p.toLowerCase(Locale.ROOT));
    v.add(p.toUpperCase(Locale.ROOT));
    String lower = p.toLowerCase(Locale.ROOT);
    v.add(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    return new ArrayList<>(v);
  }

  public List<int[]> sequences() {
    return sequences;
  }

  @Override
  public void process(float[] logits, TokenHistory history) {
    for (int[] seq : sequences) {
      if (history.endsWith(seq, seq.length - 1)) {
        LogitsProcessor.ban(logits, seq[seq.length - 1]);
      }
    }
  }
}
