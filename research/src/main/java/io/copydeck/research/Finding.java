package io.copydeck.research;

import java.util.List;

/**
 * One thing many reviews say: its label, in how many reviews ({@code count}) and which share of the analysed
 * ones, quotes of their words, and the customers' words for it (the opinion words they used, most used first).
 */
public record Finding(String label, int count, double share, List<Quote> quotes, List<String> words) {}
