package io.copydeck.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A model handle that answers from a script instead of GPT-2: the answer to a prompt is chosen by
 * the prompt's cue, its last line ("Subject:", "Opening:"), so the compiler's stages can be tested in
 * milliseconds without TensorFlow. It records every request, so a test can say what was generated.
 * A test double for fast stage tests only: builds always run the real model.
 */
final class ScriptedModel implements ModelHandle {
    private final Function<CompletionRequest, String> script;
    final List<CompletionRequest> requests = new ArrayList<>();

    ScriptedModel(Function<CompletionRequest, String> script) {
        this.script = script;
    }

    /** Answers by cue; a cue the map lacks gets {@code fallback}. */
    static ScriptedModel byCue(Map<String, String> answers, String fallback) {
        return new ScriptedModel(r -> answers.getOrDefault(cue(r.prompt()), fallback));
    }

    /** The prompt's last non-empty line: the field the model is asked to write. */
    static String cue(String prompt) {
        String[] lines = prompt.strip().split("\n");
        return lines[lines.length - 1].strip();
    }

    @Override
    public String checksum() {
        return "scripted-model";
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public int countTokens(String text) {
        return (int) Math.ceil(text.length() / 4.0);
    }

    /** A context as small as the shipped model's, so a test can overflow it. */
    @Override
    public int contextTokens() {
        return 320;
    }

    @Override
    public CompletionSource open() {
        return new CompletionSource() {
            @Override
            public String modelChecksum() {
                return checksum();
            }

            @Override
            public String describe() {
                return "scripted model";
            }

            @Override
            public List<RawCompletion> complete(List<CompletionRequest> batch) {
                List<RawCompletion> out = new ArrayList<>();
                for (CompletionRequest r : batch) {
                    requests.add(r);
                    String text = script.apply(r);
                    out.add(new RawCompletion(text, -1.0 * Math.max(1, text.length()), Math.max(1, text.length() / 4),
                            true));
                }
                return out;
            }

            @Override
            public void close() {}
        };
    }
}
