package io.copydeck.research;

/** A month of reviews: how many, how many praise or complain of something, the average rating, the top pain. */
public record MonthTrend(String month, int reviews, int positive, int negative, Double averageRating, String topPain) {}
