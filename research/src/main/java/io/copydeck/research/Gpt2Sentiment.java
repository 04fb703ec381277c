package io.copydeck.research;

import io.copydeck.models.ModelFolder;
import io.copydeck.models.runtime.Gpt2Model;
import io.copydeck.models.runtime.RuntimeOptions;
import io.copydeck.models.tokenizer.Gpt2Tokenizer;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The GPT-2 variant of the sentiment step (measured against the lexicon in docs/research.md): a clause's
 * score is how much more likely the shipped model finds " great" than " terrible" after a verdict prompt
 * ({@link #PROMPT}), less the same difference for an empty review (the model's own lean). Either everywhere,
 * in place of the lexicon, or only where the lexicon finds no opinion word in a clause that names an aspect.
 */
final class Gpt2Sentiment implements ReviewAnalysis.ClauseScorer, AutoCloseable {
    enum Mode { EVERYWHERE, WHERE_LEXICON_IS_SILENT }

    static final String PROMPT = "Review: %s\nVerdict: it was";

    private final Gpt2Model model;
    private final Gpt2Tokenizer tokenizer;
    private final Mode mode;
    private final int great;
    private final int terrible;
    private final int context;
    private final double lean;
    int scored;

    Gpt2Sentiment(Path modelDir, Mode mode) {
        ModelFolder folder = ModelFolder.open(modelDir);
        this.model = Gpt2Model.open(folder, RuntimeOptions.defaults());
        this.tokenizer = Gpt2Tokenizer.forFolder(folder);
        this.mode = mode;
        this.great = single(" great");
        this.terrible = single(" terrible");
        this.context = folder.config().nPositions();
        this.lean = raw("");
    }

    private int single(String word) {
        int[] ids = tokenizer.encode(word);
        if (ids.length != 1) throw new IllegalStateException("\"" + word + "\" is not one GPT-2 token");
        return ids[0];
    }

    @Override
    public Double score(String clause, boolean lexiconHasOpinion) {
        if (mode == Mode.WHERE_LEXICON_IS_SILENT && lexiconHasOpinion) return null;
        scored++;
        return raw(clause) - lean;
    }

    private double raw(String clause) {
        int[] ids = tokenizer.encode(String.format(PROMPT, clause));
        if (ids.length > context) ids = Arrays.copyOfRange(ids, ids.length - context, ids.length);
        int[] mask = new int[ids.length];
        Arrays.fill(mask, 1);
        float[] last = model.logits(new int[][] {ids}, new int[][] {mask})[0][ids.length - 1];
        return last[great] - last[terrible];
    }

    @Override
    public void close() {
        try {
            model.close();
        } finally {
            tokenizer.close();
        }
    }
}
