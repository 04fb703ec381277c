package io.copydeck.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores answers against labelled questions. Accuracy: of the answerable questions, the share answered
 * with a labelled fact among the sources. Faithfulness: of all answers given, the share whose every word
 * is backed by its cited facts ({@link AnswerGrounding}, the same check the model's phrasing must pass;
 * a handoff must be exactly the declared handoff text with no sources). Handoff precision: of the
 * questions handed off, the share that were unanswerable; recall: of the unanswerable ones, the share
 * handed off. Latency: wall time of each {@code answer} call, p50 and p95.
 */
public final class Evaluation {
    private Evaluation() {}

    /** One scored question. */
    public record Scored(LabelledQuestion question, Answer answer, boolean right, boolean faithful, List<String> unbacked,
                         long nanos) {}

    /** The figures over a set of questions. */
    public record Report(int questions, int answerable, int unanswerable, int right, int faithful, int handedOff,
                         int handedOffRightly, int unanswerableHandedOff, double p50Millis, double p95Millis,
                         List<Scored> scored) {
        public double accuracy() {
            return ratio(right, answerable);
        }

        public double faithfulness() {
            return ratio(faithful, questions);
        }

        public double handoffPrecision() {
            return ratio(handedOffRightly, handedOff);
        }

        public double handoffRecall() {
            return ratio(unanswerableHandedOff, unanswerable);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }

        /** The scored questions answered wrongly, unfaithfully or handed off wrongly. */
        public List<Scored> misses() {
            return scored.stream().filter(s -> !s.right() || !s.faithful()).toList();
        }
    }

    public static Scored score(Answerer answerer, LabelledQuestion q) {
        long start = System.nanoTime();
        Answer a = answerer.answer(q.question());
        long nanos = System.nanoTime() - start;
        FactCatalogue catalogue = answerer.catalogue();
        List<String> unbacked;
        if (a.answered()) {
            List<AnswerFact> cited = a.sources().stream().map(catalogue::fact).toList();
            unbacked = cited.contains(null) ? List.of("(a source that is no fact)")
                    : AnswerGrounding.unbacked(a.answer(), cited, catalogue.language());
        } else {
            unbacked = a.answer().equals(catalogue.handoff()) && a.sources().isEmpty() ? List.of()
                    : List.of("(a handoff that is not the declared one)");
        }
        boolean right = q.unanswerable() ? !a.answered()
                : a.answered() && a.sources().stream().anyMatch(q.facts()::contains);
        return new Scored(q, a, right, unbacked.isEmpty(), unbacked, nanos);
    }

    public static Report report(List<Scored> scored) {
        List<Scored> labelled = scored.stream().filter(s -> s.question().labelled()).toList();
        int answerable = 0, unanswerable = 0, right = 0, faithful = 0, handedOff = 0, rightly = 0, recalled = 0;
        for (Scored s : labelled) {
            boolean un = s.question().unanswerable();
            if (un) unanswerable++;
            else answerable++;
            if (s.right() && !un) right++;
            if (s.faithful()) faithful++;
            if (!s.answer().answered()) {
                handedOff++;
                if (un) {
                    rightly++;
                    recalled++;
                }
            }
        }
        long[] nanos = scored.stream().mapToLong(Scored::nanos).sorted().toArray();
        return new Report(labelled.size(), answerable, unanswerable, right, faithful, handedOff, rightly, recalled,
                percentile(nanos, 50), percentile(nanos, 95), List.copyOf(scored));
    }

    /** The nearest-rank percentile, in milliseconds; 0 for none. */
    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    public static List<Scored> all(Answerer answerer, List<LabelledQuestion> questions) {
        List<Scored> out = new ArrayList<>();
        for (LabelledQuestion q : questions) out.add(score(answerer, q));
        return out;
    }

}
