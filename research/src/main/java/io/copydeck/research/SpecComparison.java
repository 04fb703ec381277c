package io.copydeck.research;

import java.util.List;

/**
 * The reviews against a spec: each declared pain, motivation and benefit with the reviews that bear it out,
 * and the frequent pains and motivations the spec does not declare.
 *
 * @param spec the spec's file, as given
 * @param audience the audience whose pains and motivations were compared (the positioning's, else the first)
 */
public record SpecComparison(String spec, String audience, List<Declared> pains, List<Declared> motivations,
                             List<Declared> benefits, List<Finding> missingPains, List<Finding> missingMotivations) {
    /** A declared phrase: how many reviews confirm it, with quotes; zero is "nobody mentions it". */
    public record Declared(String text, int count, double share, List<Quote> quotes) {}

    public List<Declared> unmentionedBenefits() {
        return benefits.stream().filter(b -> b.count() == 0).toList();
    }
}
