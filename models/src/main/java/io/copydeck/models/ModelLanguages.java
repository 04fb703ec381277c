package io.copydeck.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The languages a model writes, as its folder declares them: {@code "copydeck": {"languages":
 * ["en"]}} in config.json, a key of Copydeck's own that Hugging Face's loaders ignore. A GPT-2
 * folder without it (OpenAI's, or any from the Hub) is English, as GPT-2's training text was;
 * {@code declared} says whether the folder said so itself.
 *
 * @param codes ISO 639 language codes, lowercase ("en", "de")
 */
public record ModelLanguages(List<String> codes, boolean declared) {
  public static final String KEY = "copydeck";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ModelLanguages GPT2 = new ModelLanguages(List.of("en"), false);

  public ModelLanguages {
    codes = List.copyOf(codes);
  }

  public boolean writes(Locale locale) {
    return codes.contains(locale.getLanguage());
  }

  /** The languages config.json declares, or English when it declares none. */
  public static ModelLanguages read(Path configJson) {
    JsonNode node;
    try {
      node = JSON.readTree(Files.readString(configJson));
    } catch (IOException e) {
      throw new ModelException(configJson + ": cannot read: " + e.getMessage());
    }
    JsonNode languages = node.path(KEY).path("languages");
    if (languages.isMissingNode()) return GPT2;
    if (!languages.isArray() || languages.isEmpty()) {
      throw new ModelException(configJson + ": \"" + KEY + "\".\"languages\" must be a list of language codes such as [\"en\"]");
    }
    List<String> codes = new ArrayList<>();
    for (JsonNode l : languages) {
      String code = l.asText("").toLowerCase(Locale.ROOT);
      if (!code.matches("[a-z]{2,3}")) {
        throw new ModelException(configJson + ": \"" + l.asText() + "\" in \"" + KEY + "\".\"languages\" is no language "
            + "code; write ISO 639 codes such as \"en\" or \"de\"");
      }
      codes.add(code);
    }
    return new ModelLanguages(codes, true);
  }

  /** Declares {@code codes} in config.json, keeping every other field as it is. */
  public static void write(Path configJson, List<String> codes) throws IOException {
    ObjectNode node = (ObjectNode) JSON.readTree(Files.readString(configJson));
    ArrayNode list = node.putObject(KEY).putArray("languages");
    codes.forEach(list::add);
    Files.writeString(configJson, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n");
  }
}
