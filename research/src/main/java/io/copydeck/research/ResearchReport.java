package io.copydeck.research;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * report.html: one self-contained page a strategist reads (no scripts, no fonts or images from the network):
 * the counts, a chart of the aspects by sentiment and one of the trend by month (inline SVG), then pains,
 * praise, motivations, objections and the customers' words, each with its quotes, per product, against the spec,
 * and the skipped rows. Every text that comes from a review or a file passes through {@link Html#escape}.
 * The page is well-formed XML (XHTML syntax), which the tests check.
 */
public final class ResearchReport {
    /** Marks the file as Copydeck's, so that a later run may replace it. */
    static final String GENERATOR_META = "<meta name=\"generator\" content=\"" + ResearchJson.GENERATOR + "\" />";
    static final int CHART_ASPECTS = 12;
    private static final String POSITIVE = "#2e8b57";
    private static final String NEGATIVE = "#c0392b";
    private static final String NEUTRAL = "#b0b7bf";

    private final StringBuilder html = new StringBuilder();

    private ResearchReport() {}

    public static byte[] bytes(ResearchResult r, String title) {
        ResearchReport page = new ResearchReport();
        page.write(r, title);
        return page.html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void write(ResearchResult r, String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n").append(GENERATOR_META)
                .append("\n<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"counts\">")
                .append(r.read()).append(" reviews read, ").append(r.analysed()).append(" analysed, ")
                .append(r.duplicates()).append(" near-duplicates counted once, ").append(r.notAnalysed())
                .append(" in languages not analysed, ").append(r.skippedCount()).append(" rows skipped.</p>\n");
        html.append("<section><h2>Aspects by sentiment</h2>\n");
        aspectChart(r.aspects());
        html.append("</section>\n");
        if (!r.trend().isEmpty()) {
            html.append("<section><h2>Trend by month</h2>\n");
            trendChart(r.trend());
            html.append("</section>\n");
        }
        findings("Pains", "What customers complain of, by the reviews that do", r.pains(), r.analysed());
        findings("Praise", "What customers praise", r.praise(), r.analysed());
        findings("Motivations", "The outcomes customers say they wanted", r.motivations(), r.analysed());
        findings("Objections", "What held customers back before buying", r.objections(), r.analysed());
        vocabulary(r.vocabulary());
        products(r.products());
        againstSpec(r.againstSpec());
        languages(r.languages());
        skipped(r);
        html.append("<footer>Written by ").append(Html.escape(ResearchJson.GENERATOR))
                .append(". Quotes are verbatim spans of the reviews, with their ids.</footer>\n</body>\n</html>\n");
    }

    private void aspectChart(List<AspectFinding> aspects) {
        List<AspectFinding> shown = aspects.stream().filter(a -> a.origin() != AspectOrigin.NOUN_GROUP).limit(CHART_ASPECTS).toList();
        if (shown.isEmpty()) {
            html.append("<p>No aspects found.</p>\n");
            return;
        }
        int max = shown.stream().mapToInt(a -> a.positive() + a.negative() + a.neutral()).max().orElse(1);
        int rowHeight = 26;
        int labelWidth = 150;
        int barWidth = 520;
        int height = shown.size() * rowHeight + 30;
        html.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(labelWidth + barWidth + 60).append(' ')
                .append(height).append("\" width=\"").append(labelWidth + barWidth + 60).append("\" height=\"").append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n<title>Reviews per aspect: positive, neutral, negative</title>\n");
        for (int i = 0; i < shown.size(); i++) {
            AspectFinding a = shown.get(i);
            int y = i * rowHeight + 4;
            html.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\">").append(Html.escape(a.label())).append("</text>\n");
            double x = labelWidth;
            int[] counts = {a.positive(), a.neutral(), a.negative()};
            String[] colours = {POSITIVE, NEUTRAL, NEGATIVE};
            String[] names = {"positive", "neutral", "negative"};
            for (int k = 0; k < 3; k++) {
                double w = barWidth * counts[k] / (double) max;
                if (counts[k] == 0) continue;
                html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\"><title>%s %s: %d</title></rect>%n",
                        x, y, w, colours[k], Html.escape(a.label()), names[k], counts[k]));
                x += w;
            }
            html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"n\">+%d / −%d</text>%n", x + 6, y + 15,
                    a.positive(), a.negative()));
        }
        int legendY = shown.size() * rowHeight + 20;
        html.append(legend(labelWidth, legendY));
        html.append("</svg>\n");
    }

    private static String legend(int x, int y) {
        return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\" /><text x=\"%d\" y=\"%d\">positive</text>"
                        + "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\" /><text x=\"%d\" y=\"%d\">neutral</text>"
                        + "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\" /><text x=\"%d\" y=\"%d\">negative</text>%n",
                x, y - 10, POSITIVE, x + 16, y, x + 90, y - 10, NEUTRAL, x + 106, y, x + 175, y - 10, NEGATIVE, x + 191, y);
    }

    private void trendChart(List<MonthTrend> trend) {
        int width = 720;
        int height = 220;
        int left = 40;
        int bottom = 180;
        int max = trend.stream().mapToInt(MonthTrend::reviews).max().orElse(1);
        double step = (width - left - 20) / (double) trend.size();
        html.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n<title>Reviews per month praising or complaining</title>\n");
        html.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\" />%n", left, bottom, width - 10, bottom));
        for (int i = 0; i < trend.size(); i++) {
            MonthTrend m = trend.get(i);
            double x = left + i * step + step * 0.15;
            double w = step * 0.33;
            double hp = (bottom - 20) * m.positive() / (double) max;
            double hn = (bottom - 20) * m.negative() / (double) max;
            html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %d praise</title></rect>%n",
                    x, bottom - hp, w, hp, POSITIVE, Html.escape(m.month()), m.positive()));
            html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %d complaints%s</title></rect>%n",
                    x + w, bottom - hn, w, hn, NEGATIVE, Html.escape(m.month()), m.negative(),
                    m.topPain() == null ? "" : ", most of " + Html.escape(m.topPain())));
            html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x + w, bottom + 16,
                    Html.escape(m.month())));
            String rating = m.averageRating() == null ? "" : String.format(Locale.ROOT, "%.1f★", m.averageRating());
            html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"n\">%s</text>%n", x + w,
                    bottom + 32, rating));
        }
        html.append(legend(left, 14).replace("neutral", "").replace("positive", "praise").replace("negative", "complaints")
                .replaceFirst("<rect x=\"" + (left + 90) + "\"[^>]*/>", ""));
        html.append("</svg>\n");
    }

    private void findings(String heading, String about, List<Finding> findings, int analysed) {
        html.append("<section><h2>").append(heading).append("</h2>\n<p class=\"about\">").append(about)
                .append(" (share of ").append(analysed).append(" analysed reviews).</p>\n");
        if (findings.isEmpty()) html.append("<p>None found.</p>\n");
        for (Finding f : findings) {
            html.append("<div class=\"finding\"><h3>").append(Html.escape(f.label())).append(" <span class=\"n\">")
                    .append(f.count()).append(" reviews, ").append(percent(f.share())).append("</span></h3>\n");
            if (!f.words().isEmpty()) {
                html.append("<p class=\"words\">Their words: ").append(Html.escape(String.join(", ", f.words()))).append("</p>\n");
            }
            quotes(f.quotes());
            html.append("</div>\n");
        }
        html.append("</section>\n");
    }

    private void quotes(List<Quote> quotes) {
        for (Quote q : quotes) {
            html.append("<blockquote>“").append(Html.escape(q.text())).append("” <cite>").append(Html.escape(q.id()))
                    .append("</cite></blockquote>\n");
        }
    }

    private void vocabulary(List<Finding> vocabulary) {
        html.append("<section><h2>Customers’ own words</h2>\n<p class=\"about\">The opinion words customers use, with what "
                + "they use them for: words for copy.</p>\n<table>\n<tr><th>words</th><th>about</th><th>reviews</th><th>for example</th></tr>\n");
        for (Finding f : vocabulary) {
            html.append("<tr><td>").append(Html.escape(f.label())).append("</td><td>").append(Html.escape(f.words().get(0)))
                    .append(" (").append(Html.escape(f.words().get(1))).append(")</td><td>").append(f.count()).append("</td><td>")
                    .append(f.quotes().isEmpty() ? "" : "“" + Html.escape(f.quotes().get(0).text()) + "” <cite>"
                            + Html.escape(f.quotes().get(0).id()) + "</cite>")
                    .append("</td></tr>\n");
        }
        html.append("</table>\n</section>\n");
    }

    private void products(List<ProductFindings> products) {
        if (products.isEmpty()) return;
        html.append("<section><h2>Per product</h2>\n<table>\n<tr><th>product</th><th>reviews</th><th>top pains</th><th>top praise</th></tr>\n");
        for (ProductFindings p : products) {
            html.append("<tr><td>").append(Html.escape(p.product())).append("</td><td>").append(p.reviews()).append("</td><td>")
                    .append(Html.escape(labels(p.pains()))).append("</td><td>").append(Html.escape(labels(p.praise())))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n</section>\n");
    }

    private static String labels(List<Finding> findings) {
        StringBuilder s = new StringBuilder();
        for (Finding f : findings) s.append(s.length() == 0 ? "" : ", ").append(f.label()).append(" (").append(f.count()).append(')');
        return s.toString();
    }

    private void againstSpec(SpecComparison c) {
        if (c == null) return;
        html.append("<section><h2>Against the spec</h2>\n<p class=\"about\">").append(Html.escape(c.spec()))
                .append(c.audience() == null ? "" : ", audience " + Html.escape(c.audience())).append("</p>\n");
        declared("Declared pains", c.pains());
        declared("Declared motivations", c.motivations());
        declared("Declared benefits", c.benefits());
        html.append("<h3>Frequent pains the spec lacks</h3>\n");
        if (c.missingPains().isEmpty()) html.append("<p>None.</p>\n");
        for (Finding f : c.missingPains()) {
            html.append("<p><b>").append(Html.escape(f.label())).append("</b> ").append(f.count()).append(" reviews</p>\n");
            quotes(f.quotes());
        }
        html.append("<h3>Frequent motivations the spec lacks</h3>\n");
        if (c.missingMotivations().isEmpty()) html.append("<p>None.</p>\n");
        for (Finding f : c.missingMotivations()) {
            html.append("<p><b>").append(Html.escape(f.label())).append("</b> ").append(f.count()).append(" reviews</p>\n");
            quotes(f.quotes());
        }
        html.append("</section>\n");
    }

    private void declared(String heading, List<SpecComparison.Declared> declared) {
        html.append("<h3>").append(heading).append("</h3>\n");
        if (declared.isEmpty()) html.append("<p>None declared.</p>\n");
        for (SpecComparison.Declared d : declared) {
            html.append("<p>“").append(Html.escape(d.text())).append("”: ")
                    .append(d.count() == 0 ? "<b>no review mentions it</b>" : "confirmed by " + d.count() + " reviews").append("</p>\n");
            quotes(d.quotes().stream().limit(2).toList());
        }
    }

    private void languages(List<LanguageCount> languages) {
        html.append("<section><h2>Languages</h2>\n<p>");
        for (int i = 0; i < languages.size(); i++) {
            LanguageCount l = languages.get(i);
            html.append(i == 0 ? "" : ", ").append(Html.escape(l.language())).append(": ").append(l.reviews())
                    .append(l.analysed() ? "" : " (not analysed)");
        }
        html.append("</p>\n</section>\n");
    }

    private void skipped(ResearchResult r) {
        if (r.skippedCount() == 0) return;
        html.append("<section><h2>Skipped rows</h2>\n<ul class=\"skipped\">\n");
        for (Skipped s : r.skipped().stream().limit(100).toList()) {
            html.append("<li>").append(Html.escape(s.toString())).append("</li>\n");
        }
        if (r.skippedCount() > 100) html.append("<li>… and ").append(r.skippedCount() - 100).append(" more (research.json lists ")
                .append(r.skipped().size()).append(")</li>\n");
        html.append("</ul>\n</section>\n");
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private static final String STYLE = """
            body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; max-width: 980px; margin: 2em auto; color: #222; line-height: 1.45; padding: 0 1em; }
            h1 { font-size: 1.7em; margin-bottom: 0.2em; }
            h2 { border-bottom: 2px solid #ddd; padding-bottom: 0.2em; margin-top: 1.6em; }
            h3 { margin: 0.8em 0 0.3em; font-size: 1.05em; }
            .counts { color: #555; }
            .about { color: #666; font-size: 0.92em; }
            .n { color: #777; font-size: 0.85em; font-weight: normal; }
            .finding { margin-bottom: 0.9em; }
            .words { margin: 0.1em 0; font-style: italic; color: #444; }
            blockquote { margin: 0.25em 0 0.25em 1em; padding-left: 0.8em; border-left: 3px solid #ccd; color: #333; }
            cite { color: #888; font-size: 0.8em; font-style: normal; margin-left: 0.4em; }
            table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
            th, td { text-align: left; border-bottom: 1px solid #eee; padding: 0.3em 0.5em; vertical-align: top; }
            svg.chart { max-width: 100%; height: auto; font-size: 13px; }
            svg.chart text { fill: #333; }
            footer { margin-top: 3em; color: #888; font-size: 0.85em; }
            """;
}
