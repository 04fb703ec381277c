package io.copydeck.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One answer to one question: whether a declared fact answered it, the text (the facts, or the
 * spec's handoff), the ids of the facts it states (empty for a handoff), and the retrieval score:
 * the cited fact's Lucene BM25 score (0 when only its meaning found it, {@link MeaningIndex}), or for a
 * handoff the best fact's (0 when nothing matched), rounded to three decimals.
 */
public record Answer(String question, boolean answered, String answer, List<String> sources, double score) {
    public Answer {
        sources = List.copyOf(sources);
        score = Math.round(score * 1000.0) / 1000.0;
    }

    /** The answer as `answer --format json` and `serve` write it, keys in this order. */
    public Map<String, Object> asJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("question", question);
        m.put("answered", answered);
        m.put("answer", answer);
        m.put("sources", sources);
        m.put("score", score);
        return m;
    }
}
