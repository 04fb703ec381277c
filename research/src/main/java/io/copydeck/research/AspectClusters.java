package io.copydeck.research;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * Aspects the catalogue lacks, found in the reviews: the nouns the tagger found often enough, grouped by the
 * words around them (their clauses' lemmas, hashed into a vector and normalised, so that "latte" and
 * "cappuccino" share "ordered", "milk", "hot") with Apache Commons Math's k-means++ (a fixed seed: the same
 * reviews, the same groups). A group is named by its most frequent noun. Nouns in more than
 * {@link #MAX_SHARE} of the reviews are what the reviews are about (the product itself), not an aspect of it.
 */
final class AspectClusters {
    static final double MAX_SHARE = 0.25;
    /** At most this many nouns are clustered: the most frequent. */
    static final int MAX_NOUNS = 60;
    /** Nouns per group, on average: k is the number of nouns over this. */
    static final int NOUNS_PER_CLUSTER = 3;
    static final int SEED = 7;

    record Cluster(String label, List<String> members) {}

    private record Noun(String noun, int count, double[] point) implements Clusterable {
        @Override
        public double[] getPoint() {
            return point;
        }
    }

    private AspectClusters() {}

    static List<Cluster> cluster(Map<String, Tally.CandidateTally> candidates, int minSupport, Set<String> productNames,
                                 int reviews) {
        List<Noun> nouns = new ArrayList<>();
        candidates.forEach((noun, t) -> {
            if (t.tally.any < minSupport || t.tally.any > MAX_SHARE * reviews || productNames.contains(noun)) return;
            nouns.add(new Noun(noun, t.tally.any, normalised(t.context)));
        });
        nouns.sort(Comparator.comparingInt(Noun::count).reversed().thenComparing(Noun::noun));
        List<Noun> chosen = nouns.subList(0, Math.min(MAX_NOUNS, nouns.size()));
        if (chosen.isEmpty()) return List.of();
        int k = Math.max(1, chosen.size() / NOUNS_PER_CLUSTER);
        JDKRandomGenerator random = new JDKRandomGenerator();
        random.setSeed(SEED);
        KMeansPlusPlusClusterer<Noun> kmeans = new KMeansPlusPlusClusterer<>(k, 100, new EuclideanDistance(), random,
                KMeansPlusPlusClusterer.EmptyClusterStrategy.LARGEST_POINTS_NUMBER);
        List<Cluster> clusters = new ArrayList<>();
        for (CentroidCluster<Noun> c : kmeans.cluster(new ArrayList<>(chosen))) {
            List<Noun> members = new ArrayList<>(c.getPoints());
            if (members.isEmpty()) continue;
            members.sort(Comparator.comparingInt(Noun::count).reversed().thenComparing(Noun::noun));
            clusters.add(new Cluster(members.get(0).noun(), members.stream().map(Noun::noun).toList()));
        }
        clusters.sort(Comparator.comparing(Cluster::label));
        return clusters;
    }

    private static double[] normalised(double[] v) {
        double norm = 0;
        for (double x : v) norm += x * x;
        norm = Math.sqrt(norm);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = norm == 0 ? 0 : v[i] / norm;
        return out;
    }
}
