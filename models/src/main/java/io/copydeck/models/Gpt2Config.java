package io.copydeck.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The GPT2Config fields that decide the shape of the network (names as in Hugging Face's config.json).
 *
 * @param vocabSize number of token embeddings (50257 for GPT-2)
 * @param nPositions longest context, number of position embeddings
 * @param nEmbd width of the residual stream
 * @param nLayer number of transformer blocks
 * @param nHead attention heads per block; nEmbd must divide by it
 * @param layerNormEpsilon epsilon inside every layer norm
 * @param bosTokenId begin-of-text id
 * @param eosTokenId end-of-text id, where generation stops
 */
public record Gpt2Config(
    int vocabSize,
    int nPositions,
    int nEmbd,
    int nLayer,
    int nHead,
    double layerNormEpsilon,
    int bosTokenId,
    int eosTokenId) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public Gpt2Config {
    if (vocabSize <= 0 || nPositions <= 0 || nEmbd <= 0 || nLayer <= 0 || nHead <= 0) {
      throw new ModelException("config.json: vocab_size, n_positions, n_embd, n_layer and n_head must be positive");
    }
    if (nEmbd % nHead != 0) {
      throw new ModelException("config.json: n_embd " + nEmbd + " is not a multiple of n_head " + nHead);
    }
    atMost("vocab_size", vocabSize, MAX_VOCAB);
    atMost("n_positions", nPositions, MAX_POSITIONS);
    atMost("n_embd", nEmbd, MAX_EMBD);
    atMost("n_layer", nLayer, MAX_LAYERS);
  }

  // Far beyond any GPT-2 (the largest has 48 layers, width 1600, 1024 positions): a value past
  // these is a typo, and would otherwise overflow array sizes or exhaust memory before failing.
  static final int MAX_VOCAB = 1 << 20;
  static final int MAX_POSITIONS = 1 << 16;
  static final int MAX_EMBD = 1 << 14;
  static final int MAX_LAYERS = 1 << 10;

  private static void atMost(String field, int value, int max) {
    if (value > max) {
      throw new ModelException("config.json: " + field + " " + value + " is larger than any GPT-2 (at most " + max
          + " here); check the value");
    }
  }

  /** GPT-2 small (124M) as OpenAI released it. */
  public static Gpt2Config gpt2Small() {
    return new Gpt2Config(50257, 1024, 768, 12, 12, 1e-5, 50256, 50256);
  }

  /** A tiny model of the given shape for tests and smoke runs. */
  public static Gpt2Config tiny(int vocabSize, int nPositions, int nEmbd, int nLayer, int nHead) {
    return new Gpt2Config(vocabSize, nPositions, nEmbd, nLayer, nHead, 1e-5, vocabSize - 1, vocabSize - 1);
  }

  public int headSize() {
    return nEmbd / nHead;
  }

  /** Weights in the model, counting the tied lm_head once. */
  public long parameterCount() {
    long d = nEmbd;
    long perLayer = 2 * 2 * d + (d * 3 * d + 3 * d) + (d * d + d) + (d * 4 * d + 4 * d) + (4 * d * d + d);
    return (long) vocabSize * d + (long) nPositions * d + nLayer * perLayer + 2 * d;
  }

  public static Gpt2Config read(Path file) {
    JsonNode node;
    try {
      node = JSON.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new ModelException(file + ": missing (a GPT-2 folder needs config.json)");
    } catch (IOException e) {
      throw new ModelException(file + ": not valid JSON: " + e.getMessage());
    }
    String type = node.path("model_type").asText("gpt2");
    if (!type.equals("gpt2")) {
      throw new ModelException(file + ": model_type is \"" + type + "\", only \"gpt2\" is supported");
    }
    return new Gpt2Config(
        required(node, "vocab_size", file),
        node.has("n_positions") ? node.get("n_positions").asInt() : required(node, "n_ctx", file),
        required(node, "n_embd", file),
        required(node, "n_layer", file),
        required(node, "n_head", file),
        node.path("layer_norm_epsilon").asDouble(1e-5),
        node.path("bos_token_id").asInt(50256),
        node.path("eos_token_id").asInt(50256));
  }

  private static int required(JsonNode node, String field, Path file) {
    JsonNode v = node.get(field);
    if (v == null || !v.canConvertToInt()) {
      throw new ModelException(file + ": field \"" + field + "\" is missing or not an integer");
    }
    return v.asInt();
  }

  /** The config.json Hugging Face's GPT2LMHeadModel would write for this shape. */
  public String toJson() {
    ObjectNode n = JSON.createObjectNode();
    n.put("model_type", "gpt2");
    n.putArray("architectures").add("GPT2LMHeadModel");
    n.put("vocab_size", vocabSize);
    n.put("n_positions", nPositions);
    n.put("n_ctx", nPositions);
    n.put("n_embd", nEmbd);
    n.put("n_layer", nLayer);
    n.put("n_head", nHead);
    n.put("layer_norm_epsilon", layerNormEpsilon);
    n.put("activation_function", "gelu_new");
    n.put("bos_token_id", bosTokenId);
    n.put("eos_token_id", eosTokenId);
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public void write(Path file) throws IOException {
    Files.writeString(file, toJson());
  }
}
