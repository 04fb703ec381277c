package io.copydeck.models.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.copydeck.models.Gpt2Runtime;
import io.copydeck.models.generate.Completion;
import io.copydeck.models.generate.GenerationRequest;
import io.copydeck.models.generate.SamplingSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "generate", description = "Generate text for one or more prompts; prints the completions as JSON.")
final class GenerateCommand extends ModelSubcommand {
  @Parameters(index = "0", description = "Hugging Face GPT-2 folder") Path dir;
  @Option(names = "--prompt", required = true, description = "prompt text (repeat for a batch)") List<String> prompts;
  @Option(names = "--max-new-tokens", defaultValue = "64") int maxNewTokens;
  @Option(names = "--min-new-tokens", defaultValue = "0") int minNewTokens;
  @Option(names = "--temperature", defaultValue = "0.8", description = "0 = greedy") double temperature;
  @Option(names = "--top-k", defaultValue = "50", description = "0 = off") int topK;
  @Option(names = "--top-p", defaultValue = "0.95") double topP;
  @Option(names = "--repetition-penalty", defaultValue = "1.1") double repetitionPenalty;
  @Option(names = "--no-repeat-ngram", defaultValue = "3", description = "0 = off") int noRepeatNgram;
  @Option(names = "--seed", defaultValue = "0", description = "seed of the first prompt; prompt i uses seed+i") long seed;
  @Option(names = "--ban", description = "phrase to keep out of the text (repeatable)") List<String> banned = new ArrayList<>();
  @Option(names = "--stop", description = "stop sequence (repeatable)") List<String> stops = new ArrayList<>();
  @Option(names = "--batch", defaultValue = "8", description = "rows decoded together") int batch;

  @Override
  int run() throws Exception {
    SamplingSettings s = new SamplingSettings(temperature, topK, topP, repetitionPenalty, noRepeatNgram, minNewTokens);
    List<GenerationRequest> requests = new ArrayList<>();
    for (int i = 0; i < prompts.size(); i++) {
      requests.add(new GenerationRequest(prompts.get(i), s, seed + i, banned, stops, maxNewTokens));
    }
    ObjectMapper json = new ObjectMapper();
    ArrayNode arr = json.createArrayNode();
    try (Gpt2Runtime runtime = Gpt2Runtime.open(dir, options(), batch)) {
      spec.commandLine().getErr().println("model: " + runtime.describe());
      List<Completion> cs = runtime.generate(requests);
      for (int i = 0; i < cs.size(); i++) {
        Completion c = cs.get(i);
        ObjectNode n = arr.addObject();
        n.put("prompt", prompts.get(i));
        n.put("text", c.text());
        n.put("finish_reason", c.finishReason().name().toLowerCase());
        n.put("tokens", c.tokenIds().length);
        n.put("log_prob", Math.round(c.logProb() * 1000) / 1000.0);
      }
      out().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
    }
    return 0;
  }
}
