package io.copydeck.research;

/** A review's own words: its id and a verbatim span of its text. */
public record Quote(String id, String text) {
    /** The span {@code start..end} of the review: verbatim by construction, and checked to be. */
    static Quote of(Review review, int start, int end) {
        String span = review.text().substring(start, end);
        if (span.isBlank() || !review.text().regionMatches(start, span, 0, span.length())) {
            throw new IllegalStateException("a quote must be a non-empty span of review " + review.id());
        }
        return new Quote(review.id(), span);
    }
}
