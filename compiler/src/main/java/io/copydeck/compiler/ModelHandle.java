package io.copydeck.compiler;

/**
 * A model not yet loaded: its checksum is known cheaply (it keys the cache), and loading it
 * (seconds) happens only when some completion is not cached.
 */
public interface ModelHandle {
    String checksum();

    String name();

    /** Tokens of a text in the model's tokenizer (loaded without the model), for `N tokens` limits. */
    int countTokens(String text);

    /** How many tokens the model reads and writes at once (GPT-2's `n_positions`): prompt and copy together. */
    int contextTokens();

    CompletionSource open();

    /** The sentences the model was taught, when its folder says ({@link SentenceInventory}); none by default. */
    default java.util.Optional<SentenceInventory> sentences() {
        return java.util.Optional.empty();
    }
}
