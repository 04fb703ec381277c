package io.copydeck.models.tokenizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.copydeck.models.ModelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds a Hugging Face tokenizer.json for GPT-2's byte-level BPE from the older pair of files,
 * vocab.json (token → id) and merges.txt (one merge per line after a "#version" line). Same
 * layout as models/tools/make_gpt2_tokenizer.py, which produced the bundled tokenizer.json.
 */
public final class TokenizerJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TokenizerJson() {}

  public static String fromVocabAndMerges(Path vocabJson, Path mergesTxt) {
    JsonNode vocab;
    String merges;
    try {
      vocab = JSON.readTree(Files.readString(vocabJson));
    } catch (IOException e) {
      throw new ModelException(vocabJson + ": cannot read vocabulary: " + e.getMessage());
    }
    try {
      merges = Files.readString(mergesTxt);
    } catch (IOException e) {
      throw new ModelException(mergesTxt + ": cannot read merges: " + e.getMessage());
    }
    if (!vocab.isObject() || vocab.size() == 0) {
      throw new ModelException(vocabJson + ": expected a JSON object of token → id");
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("version", "1.0");
    root.putNull("truncation");
    root.putNull("padding");
    ArrayNode added = root.putArray("added_tokens");
    JsonNode eos = vocab.get("<|endoftext|>");
    if (eos != null) {
      ObjectNode t = added.addObject();
      t.put("id", eos.asInt());
      t.put("content", "<|endoftext|>");
      t.put("single_word", false);
      t.put("lstrip", false);
      t.put("rstrip", false);
      t.put("normalized", true);
      t.put("special", true);
    }
    root.putNull("normalizer");
    root.set("pre_tokenizer", byteLevel(false, true));
    root.set("post_processor", byteLevel(true, false));
    root.set("decoder", byteLevel(true, true));
    ObjectNode model = root.putObject("model");
    model.put("type", "BPE");
    model.putNull("dropout");
    model.putNull("unk_token");
    model.put("continuing_subword_prefix", "");
    model.put("end_of_word_suffix", "");
    model.put("fuse_unk", false);
    model.put("byte_fallback", false);
    model.set("vocab", vocab);
    ArrayNode m = model.putArray("merges");
    for (String line : merges.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#version")) {
        continue;
      }
      if (l.split(" ").length != 2) {
        throw new ModelException(mergesTxt + ": line \"" + l + "\" is not a pair of symbols");
      }
      m.add(l);
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode byteLevel(boolean addPrefixSpace, boolean trimOffsets) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", "ByteLevel");
    n.put("add_prefix_space", addPrefixSpace);
    n.put("trim_offsets", trimOffsets);
    n.put("use_regex", true);
    return n;
  }
}
