package io.copydeck.support;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.copydeck.dsl.brief.Language;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a sentence means, as a unit vector: two sentences that say the same thing in other words ("how
 * long until my parcel arrives", "Delivery takes 2-4 working days") lie close, where BM25 sees no shared
 * word. The second reading of a question beside its words ({@link MeaningIndex}); never a source of text.
 *
 * <p>{@link #of}: all-MiniLM-L6-v2 (quantised, 384 dimensions) for English, run by ONNX Runtime; the model
 * and its tokenizer are inside a jar from Maven Central (langchain4j's), so nothing is downloaded at run
 * time. It is English only: a German catalogue gets {@link #NONE} and is answered by its words alone.
 */
public interface SentenceMeaning {
    /** The text's vector, of unit length; empty when this reading has no model. */
    Optional<float[]> vector(String text);

    /** No second reading: answers come from the words alone (BM25). */
    SentenceMeaning NONE = text -> Optional.empty();

    /** The reading for a catalogue's language: the shared English model, or none. */
    static SentenceMeaning of(Language language) {
        return language == Language.ENGLISH ? MiniLm.SHARED : NONE;
    }

    /**
     * all-MiniLM-L6-v2, loaded once per process on first use (about half a second) and shared: ONNX
     * Runtime's session may run on many threads at once. Facts' vectors are remembered (each catalogue
     * asks for its facts again when it is reloaded); a question's are not, so that memory stays bounded.
     */
    final class MiniLm implements SentenceMeaning {
        static final MiniLm SHARED = new MiniLm();
        private static final int MOST_REMEMBERED = 20_000;

        private final Map<String, float[]> remembered = new ConcurrentHashMap<>();
        private volatile AllMiniLmL6V2QuantizedEmbeddingModel model;

        private MiniLm() {}

        @Override
        public Optional<float[]> vector(String text) {
            return Optional.of(unit(model().embed(text).content().vector()));
        }

        /** A fact's vector, remembered while fewer than {@link #MOST_REMEMBERED} are. */
        Optional<float[]> remembered(String text) {
            float[] v = remembered.get(text);
            if (v != null) return Optional.of(v);
            v = vector(text).orElseThrow();
            if (remembered.size() < MOST_REMEMBERED) remembered.put(text, v);
            return Optional.of(v);
        }

        private AllMiniLmL6V2QuantizedEmbeddingModel model() {
            AllMiniLmL6V2QuantizedEmbeddingModel m = model;
            if (m == null) {
                synchronized (this) {
                    if (model == null) model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    m = model;
                }
            }
            return m;
        }
    }

    /** The vector scaled to unit length (the model's output is near it already), so a dot product is the cosine. */
    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) norm += x * x;
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        return out;
    }
}
