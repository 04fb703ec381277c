package io.copydeck.compiler;

import io.copydeck.dsl.plan.Decoding;
import io.copydeck.models.Gpt2Runtime;
import io.copydeck.models.ModelFolder;
import io.copydeck.models.generate.Completion;
import io.copydeck.models.generate.FinishReason;
import io.copydeck.models.generate.GenerationRequest;
import io.copydeck.models.generate.SamplingSettings;
import io.copydeck.models.runtime.RuntimeOptions;
import io.copydeck.models.tokenizer.Gpt2Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The GPT-2 runtime (DJL on TensorFlow) behind the pipeline's {@link ModelHandle} seam. */
public final class Gpt2ModelHandle implements ModelHandle {
    /** Block n-gram loops the way copywriters would: no three-word phrase twice in one field. */
    private static final int NO_REPEAT_NGRAM = 3;
    /** An empty field is never useful copy: ask for at least a couple of tokens. */
    private static final int MIN_NEW_TOKENS = 2;

    private final ModelFolder folder;
    private final RuntimeOptions options;
    private String checksum;
    private Gpt2Tokenizer tokenizer;
    private java.util.Optional<SentenceInventory> sentences;

    /** @param threads CPU threads for TensorFlow; 0 lets it use every core */
    public Gpt2ModelHandle(Path dir, String device, int threads) {
        this.folder = ModelFolder.open(dir);
        this.options = RuntimeOptions.defaults().withDevice(device).withThreads(threads);
    }

    @Override
    public synchronized String checksum() {
        if (checksum == null) checksum = folder.weightsSha256();
        return checksum;
    }

    @Override
    public String name() {
        return folder.dir().toAbsolutePath().normalize().getFileName().toString();
    }

    @Override
    public synchronized int countTokens(String text) {
        return tokenizer().encode(text).length;
    }

    @Override
    public int contextTokens() {
        return folder.config().nPositions();
    }

    @Override
    public synchronized java.util.Optional<SentenceInventory> sentences() {
        if (sentences == null) sentences = SentenceInventory.in(folder.dir());
        return sentences;
    }

    private Gpt2Tokenizer tokenizer() {
        if (tokenizer == null) tokenizer = Gpt2Tokenizer.forFolder(folder);
        return tokenizer;
    }

    @Override
    public CompletionSource open() {
        // The pipeline hands over one batch per call; the runtime decodes it in one go.
        Gpt2Runtime runtime = Gpt2Runtime.open(folder.dir(), options, Integer.MAX_VALUE);
        return new CompletionSource() {
            @Override
            public String modelChecksum() { return runtime.checksum(); }

            @Override
            public String describe() { return runtime.describe(); }

            @Override
            public List<RawCompletion> complete(List<CompletionRequest> requests) {
                List<GenerationRequest> batch = new ArrayList<>();
                for (CompletionRequest r : requests) {
                    batch.add(new GenerationRequest(r.prompt(), settings(r.decoding()), r.seed(), r.banned(), r.stop(),
                            r.decoding().maxTokens()));
                }
                List<RawCompletion> out = new ArrayList<>();
                for (Completion c : runtime.generate(batch)) {
                    out.add(new RawCompletion(c.text(), c.logProb(), c.tokenIds().length,
                            c.finishReason() != FinishReason.MAX_TOKENS && c.finishReason() != FinishReason.CONTEXT_FULL));
                }
                return out;
            }

            @Override
            public void close() {
                runtime.close();
            }
        };
    }

    static SamplingSettings settings(Decoding d) {
        return new SamplingSettings(d.temperature(), d.topK(), d.topP(), d.repetitionPenalty(), NO_REPEAT_NGRAM,
                MIN_NEW_TOKENS);
    }
}
