package io.copydeck.research;

import java.util.ArrayList;
import java.util.List;

/**
 * The few quotes a finding keeps, from different reviews: the first ones of a readable length, so that memory
 * stays bounded however many reviews there are and the same files give the same quotes.
 */
final class Quotes {
    static final int KEEP = 3;
    /** Shorter spans say too little to quote; longer ones are paragraphs. */
    static final int MIN_CHARS = 12;
    static final int MAX_CHARS = 240;

    private final List<Quote> kept = new ArrayList<>();
    private Quote fallback;

    void offer(Review review, int start, int end) {
        if (kept.size() >= KEEP || end <= start) return;
        for (Quote q : kept) if (q.id().equals(review.id())) return;
        Quote q = Quote.of(review, start, end);
        if (q.text().length() >= MIN_CHARS && q.text().length() <= MAX_CHARS) kept.add(q);
        else if (fallback == null) fallback = q;
    }

    /** A quote already cut (merging the quotes of clustered nouns). */
    void offerQuote(Quote q) {
        if (kept.size() >= KEEP) return;
        for (Quote k : kept) if (k.id().equals(q.id())) return;
        kept.add(q);
    }

    List<Quote> list() {
        if (kept.isEmpty() && fallback != null) return List.of(fallback);
        return List.copyOf(kept);
    }
}
