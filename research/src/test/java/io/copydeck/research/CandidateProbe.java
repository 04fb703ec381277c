package io.copydeck.research;

import java.nio.file.Path;
import java.util.List;

/** A developer's probe: a file's candidate nouns, with the reviews naming them and those judging them. */
public final class CandidateProbe {
    public static void main(String[] args) throws Exception {
        Research research = new Research();
        Tally tally = new Tally(null);
        research.run(List.of(Path.of(args[0])), null, Research.Progress.NONE, tally::add);
        tally.candidates.entrySet().stream()
                .sorted((a, b) -> b.getValue().tally.any - a.getValue().tally.any)
                .limit(40)
                .forEach(e -> System.out.println(e.getKey() + " any=" + e.getValue().tally.any + " opinion="
                        + e.getValue().opinionated + " +" + e.getValue().tally.reviews[Polarity.POSITIVE.ordinal()]
                        + " -" + e.getValue().tally.reviews[Polarity.NEGATIVE.ordinal()]));
    }
}
