package io.copydeck.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The facts of one catalogue as sentence vectors ({@link SentenceMeaning}), and a question's closeness to
 * each: the cosine of its vector and the fact's. A fact is read as its topic and its text ("parking:
 * There is free patient parking behind the clinic, ..."), since a policy's or a faq's name says what it
 * is about in the words a customer asks with. Thread-safe once built.
 */
final class MeaningIndex {
    private final List<AnswerFact> facts;
    private final List<float[]> vectors;
    private final SentenceMeaning meaning;

    /** One fact and how close the question's meaning is to it (the cosine, -1 to 1). */
    record Similar(AnswerFact fact, double similarity) {}

    /**
     * The question's closeness to every fact, closest first (ties in written order); empty when there is
     * no model. {@code margin}: how much closer the closest is than the next, the sign that the question
     * means that fact and not one like it.
     */
    record Reading(List<Similar> ranked) {
        static final Reading NONE = new Reading(List.of());

        Reading {
            ranked = List.copyOf(ranked);
        }

        boolean isEmpty() {
            return ranked.isEmpty();
        }

        Similar best() {
            return ranked.get(0);
        }

        double margin() {
            return ranked.size() < 2 ? best().similarity() : best().similarity() - ranked.get(1).similarity();
        }

        /**
         * How far the closest fact stands out from the catalogue: its closeness less the mean of all, in
         * standard deviations. A question about something undeclared lies about as close to many facts
         * (every fact of a gym is somewhat near "Is there a sauna?"); one about a declared thing in other
         * words lies near its fact and no other.
         */
        double standing() {
            double mean = ranked.stream().mapToDouble(Similar::similarity).average().orElse(0);
            double variance = ranked.stream().mapToDouble(s -> (s.similarity() - mean) * (s.similarity() - mean)).average().orElse(0);
            return variance == 0 ? 0 : (best().similarity() - mean) / Math.sqrt(variance);
        }

        /** The fact's place among the closest, 0 for the closest; the number of facts when it is none of them. */
        int rank(AnswerFact fact) {
            for (int i = 0; i < ranked.size(); i++) if (ranked.get(i).fact().equals(fact)) return i;
            return ranked.size();
        }

        /** The question's closeness to the fact with this id; -1 when there is none. */
        double similarity(String factId) {
            return ranked.stream().filter(s -> s.fact().id().equals(factId)).mapToDouble(Similar::similarity)
                    .findFirst().orElse(-1);
        }
    }

    MeaningIndex(FactCatalogue catalogue, SentenceMeaning meaning) {
        this.meaning = meaning;
        this.facts = catalogue.facts();
        List<float[]> vs = new ArrayList<>();
        for (AnswerFact f : facts) {
            String text = f.topic() + ": " + f.text();
            Optional<float[]> v = meaning instanceof SentenceMeaning.MiniLm m ? m.remembered(text) : meaning.vector(text);
            if (v.isEmpty()) {
                vs = null;
                break;
            }
            vs.add(v.get());
        }
        this.vectors = vs == null ? List.of() : List.copyOf(vs);
    }

    Reading read(String question) {
        if (vectors.isEmpty() || question.isBlank()) return Reading.NONE;
        Optional<float[]> q = meaning.vector(question);
        if (q.isEmpty()) return Reading.NONE;
        List<Similar> out = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) out.add(new Similar(facts.get(i), dot(q.get(), vectors.get(i))));
        out.sort(Comparator.comparingDouble(Similar::similarity).reversed()); // stable: ties keep written order
        return new Reading(out);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
