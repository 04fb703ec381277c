package io.copydeck.research;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** One row's fields made into a {@link Review}, or a {@link Skipped} saying why they are not one. */
final class ReviewRow {
    private ReviewRow() {}

    static void of(String file, long line, Map<String, String> fields, ReviewReader.Sink sink) {
        String text = fields.getOrDefault("text", "").strip();
        String problem = ReviewText.problem(text);
        if (problem != null) {
            sink.skipped(new Skipped(file, line, problem));
            return;
        }
        String id = blankToNull(fields.get("id"));
        sink.review(new Review(id == null ? file + ":" + line : id, text, month(fields.get("date")),
                rating(fields.get("rating")), blankToNull(fields.get("product")), blankToNull(fields.get("source")), line));
    }

    /** The month of an ISO date or date-time (2026-03-14, 2026-03, 2026-03-14T10:00:00Z); null for anything else. */
    static YearMonth month(String date) {
        if (date == null || date.isBlank()) return null;
        String d = date.strip();
        try {
            if (d.length() >= 10) return YearMonth.from(LocalDate.parse(d.substring(0, 10)));
            return YearMonth.parse(d);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Double rating(String rating) {
        if (rating == null || rating.isBlank()) return null;
        try {
            double r = Double.parseDouble(rating.strip().replace(',', '.'));
            return Double.isFinite(r) ? r : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
