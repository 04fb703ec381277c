package io.copydeck.models.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompts of ../shared/spec/examples/spring-launch.campaign as `copydeck prompts` printed them
 * (regenerate with {@code ./copydeck prompts --color never ../shared/spec/examples/spring-launch.campaign
 * > models/src/test/resources/io/copydeck/models/train/spring-launch.prompts.txt}). Each job is a
 * "=== JOB  (TEMPLATE)" line, the prompt, the newline println added and a blank line.
 */
record SpringLaunchPrompts(String job, String prompt) {
  static final String RESOURCE = "/io/copydeck/models/train/spring-launch.prompts.txt";
  private static final Pattern HEADER = Pattern.compile("(?m)^=== (\\S+)  \\([^)]*\\)\\n");

  static List<SpringLaunchPrompts> load() throws IOException {
    String text;
    try (InputStream in = SpringLaunchPrompts.class.getResourceAsStream(RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<SpringLaunchPrompts> out = new ArrayList<>();
    Matcher m = HEADER.matcher(text);
    List<int[]> spans = new ArrayList<>();
    List<String> jobs = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      jobs.add(m.group(1));
    }
    for (int i = 0; i < spans.size(); i++) {
      int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
      String body = text.substring(spans.get(i)[1], end);
      if (!body.endsWith("\n\n")) {
        throw new IllegalStateException(jobs.get(i) + ": expected the prompt to end with println + blank line");
      }
      out.add(new SpringLaunchPrompts(jobs.get(i), body.substring(0, body.length() - 2)));
    }
    return out;
  }

  /** The value of a "Key: value" line of the brief, cut at " | " (name | description). */
  String field(String key) {
    for (String line : prompt.split("\n")) {
      if (line.startsWith(key + ": ")) {
        String v = line.substring(key.length() + 2);
        int bar = v.indexOf(" | ");
        return bar >= 0 ? v.substring(0, bar) : v;
      }
    }
    return "";
  }

  /** One-line fields stop at the first newline; lists, FAQs and articles run to end-of-text. */
  boolean oneLine() {
    return prompt.endsWith(":") && !prompt.endsWith("\nQ:");
  }
}
