package io.copydeck.research;

import java.util.List;

/**
 * What `copydeck research` found (docs/research.md): the counts of reviews read, analysed and set aside, the
 * skipped rows (at most {@link Tally#MAX_SKIPPED_LISTED} listed), the languages, the findings, the trend by
 * month, per product, and the comparison with a spec when one was given (else null).
 */
public record ResearchResult(int read, int analysed, int duplicates, int notAnalysed, int skippedCount,
                             List<Skipped> skipped, List<LanguageCount> languages, List<Finding> pains,
                             List<Finding> praise, List<Finding> motivations, List<Finding> objections,
                             List<AspectFinding> aspects, List<Finding> vocabulary, List<MonthTrend> trend,
                             List<ProductFindings> products, SpecComparison againstSpec) {
    public ResearchResult withAgainstSpec(SpecComparison comparison) {
        return new ResearchResult(read, analysed, duplicates, notAnalysed, skippedCount, skipped, languages, pains, praise,
                motivations, objections, aspects, vocabulary, trend, products, comparison);
    }
}
