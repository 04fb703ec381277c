package io.copydeck.research;

import java.util.List;

/** What the reviews of one product say: their number, and its top pains and praise (labels with counts). */
public record ProductFindings(String product, int reviews, List<Finding> pains, List<Finding> praise) {}
