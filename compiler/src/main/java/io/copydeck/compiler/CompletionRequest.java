package io.copydeck.compiler;

import io.copydeck.dsl.plan.Decoding;
import java.util.List;

/** One candidate to generate: the prompt, how to decode, its own seed, what to ban, where to stop. */
public record CompletionRequest(String prompt, Decoding decoding, long seed, List<String> banned, List<String> stop) {
    public CompletionRequest {
        banned = List.copyOf(banned);
        stop = List.copyOf(stop);
    }
}
