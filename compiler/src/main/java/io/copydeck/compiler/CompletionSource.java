package io.copydeck.compiler;

import java.util.List;

/**
 * Where completions come from: the GPT-2 runtime. The pipeline talks to this one seam so a
 * test can inject failures; builds always use the real model.
 */
public interface CompletionSource extends AutoCloseable {
    /** SHA-256 of the model's weights: part of every cache key and of each asset's provenance. */
    String modelChecksum();

    /** The model and the device it runs on, for logs. */
    String describe();

    /** Completions in request order. Implementations batch as they see fit. */
    List<RawCompletion> complete(List<CompletionRequest> requests);

    @Override
    void close();
}
