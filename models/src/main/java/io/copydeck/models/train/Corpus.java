package io.copydeck.models.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copydeck.models.ModelException;
import io.copydeck.models.tokenizer.Gpt2Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads prompt/completion pairs from JSON-lines files ({"prompt": ..., "completion": ...}, other
 * fields ignored) and tokenizes them. Prompt and completion are encoded separately and joined, the
 * same split generation sees (the prompt encoded on its own, the completion sampled after it). A
 * trailing {@code <|endoftext|>} in the completion becomes the single end-of-text id, so the model
 * learns where long copy stops.
 */
public final class Corpus {
  static final String END_OF_TEXT = "<|endoftext|>";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Corpus() {}

  /** All examples of the files in order; rows longer than {@code maxTokens} are skipped and counted. */
  public static Loaded read(List<Path> files, Gpt2Tokenizer tokenizer, int maxTokens) {
    List<Example> out = new ArrayList<>();
    int skipped = 0;
    for (Path file : files) {
      int line = 0;
      try (BufferedReader r = Files.newBufferedReader(file)) {
        for (String s = r.readLine(); s != null; s = r.readLine()) {
          line++;
          if (s.isBlank()) {
            continue;
          }
          Example e = parse(s, tokenizer, file, line);
          if (e.ids().length > maxTokens) {
            skipped++;
          } else {
            out.add(e);
          }
        }
      } catch (IOException e) {
        throw new ModelException(file + ": cannot read corpus: " + e.getMessage());
      }
    }
    if (out.isEmpty()) {
      throw new ModelException(files + ": no usable prompt/completion pairs");
    }
    return new Loaded(out, skipped);
  }

  /** Examples read and the number of rows skipped for being longer than the context. */
  public record Loaded(List<Example> examples, int skipped) {
    public long tokens() {
      return examples.stream().mapToLong(e -> e.ids().length).sum();
    }
  }

  static Example parse(String jsonLine, Gpt2Tokenizer tokenizer, Path file, int line) {
    JsonNode row;
    try {
      row = JSON.readTree(jsonLine);
    } catch (IOException e) {
      throw new ModelException(file + ":" + line + ": not valid JSON: " + e.getMessage());
    }
    JsonNode p = row.get("prompt");
    JsonNode c = row.get("completion");
    if (p == null || c == null || !p.isTextual() || !c.isTextual() || p.asText().isEmpty() || c.asText().isEmpty()) {
      throw new ModelException(file + ":" + line + ": needs non-empty string fields \"prompt\" and \"completion\"");
    }
    return encode(p.asText(), c.asText(), tokenizer);
  }

  public static Example encode(String prompt, String completion, Gpt2Tokenizer tokenizer) {
    boolean eos = completion.endsWith(END_OF_TEXT);
    String body = eos ? completion.substring(0, completion.length() - END_OF_TEXT.length()) : completion;
    int[] promptIds = tokenizer.encode(prompt);
    int[] bodyIds = body.isEmpty() ? new int[0] : tokenizer.encode(body);
    int[] ids = new int[promptIds.length + bodyIds.length + (eos ? 1 : 0)];
    System.arraycopy(promptIds, 0, ids, 0, promptIds.length);
    System.arraycopy(bodyIds, 0, ids, promptIds.length, bodyIds.length);
    if (eos) {
      ids[ids.length - 1] = Gpt2Tokenizer.END_OF_TEXT;
    }
    return new Example(ids, promptIds.length);
  }
}
