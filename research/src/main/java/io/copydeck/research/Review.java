package io.copydeck.research;

import java.time.YearMonth;

/**
 * One review or piece of feedback as read from a file: its text and what the file said about it.
 *
 * @param id the file's id for it, or {@code <file>:<line>} when the file gives none
 * @param month the month of its date, null when the file gives none (a trend needs only the month)
 * @param rating the rating as written (stars, 1-10...), null when none
 * @param product the product it is about, null when none
 * @param source where it came from (a shop, an app store), null when none
 * @param line the line of the file where it starts, for messages
 */
public record Review(String id, String text, YearMonth month, Double rating, String product, String source, long line) {}
