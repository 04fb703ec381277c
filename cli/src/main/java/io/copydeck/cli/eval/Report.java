package io.copydeck.cli.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures as people read them (a table: a row per spec, then the overall one) or as JSON, same figures. */
public final class Report {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Report() {}

    public static String table(List<Figures> specs, Figures overall, List<Thresholds.Verdict> verdicts) {
        StringBuilder s = new StringBuilder();
        String row = "%-28s %6s %6s %8s %7s %8s %6s %7s %8s %6s %6s %6s %8s %6s %8s%n";
        s.append(String.format(Locale.ROOT, row, "spec", "assets", "failed", "seconds", "compl/a", "findings", "cta",
                "named", "distinct2", "names", "ground", "shared", "grammar", "lang", "words"));
        for (Figures f : specs) s.append(line(row, f));
        s.append(line(row, overall));
        s.append('\n');
        s.append("findings by rule: ").append(map(overall.findings())).append('\n');
        s.append("words per asset (average / fewest): ");
        if (overall.words().isEmpty()) s.append("none measured");
        overall.words().forEach((kind, w) -> s.append(String.format(Locale.ROOT, "%s %.1f / %d (%d)  ", kind,
                w.average(), w.min(), w.assets())));
        s.append('\n');
        s.append("invented names: ").append(overall.declaredNames()).append(" declared-names findings, ")
                .append(overall.unbackedNames().size()).append(" unbacked capitalised runs");
        if (!overall.unbackedNames().isEmpty()) {
            s.append(": ").append(String.join(", ", overall.unbackedNames().stream().distinct().limit(12).toList()));
        }
        s.append('\n');
        s.append("ungrounded words: ").append(overall.grounding());
        if (overall.grounding() > 0) {
            s.append(": ").append(String.join(", ", LongCopy.byCount(overall.ungrounded()).entrySet().stream().limit(20)
                    .map(e -> e.getKey() + " " + e.getValue()).toList()));
        }
        s.append('\n');
        s.append("shared sentences: ").append(overall.sharedSentences().size());
        if (!overall.sharedSentences().isEmpty()) {
            s.append(": ").append(String.join(" | ", overall.sharedSentences().stream().distinct().limit(6).toList()));
        }
        s.append('\n');
        s.append("long form: ").append(longForm("blog posts", overall.blog())).append("; ")
                .append(longForm("landing pages", overall.landing())).append("; faq answered ")
                .append(overall.faqAnswered()).append(" of ").append(overall.faqQuestions())
                .append(overall.faqQuestions() == 0 ? "" : " (" + ratio(overall.faqAnsweredShare(), "%.2f") + ")").append('\n');
        s.append("language: ").append(language(overall.language())).append('\n');
        s.append("grammar by rule: ").append(overall.grammar() == null ? "not checked" : map(overall.grammar())).append('\n');
        for (Thresholds.Verdict v : verdicts) {
            s.append(String.format(Locale.ROOT, "%s %s: %s (%s)%n", v.option(), number(v.limit()), number(v.value()),
                    v.ok() ? "met" : "MISSED"));
        }
        return s.toString();
    }

    /** `blog posts 3, words 310.0 / 280 (average / fewest), ≥ 300: 0.67`, or `blog posts none`. */
    private static String longForm(String what, Figures.LongForm l) {
        if (l.assets() == 0) return what + " none";
        return String.format(Locale.ROOT, "%s %d, words %.1f / %d (average / fewest), ≥ %d: %.2f", what, l.assets(),
                l.average(), l.min(), l.bar(), l.share());
    }

    /** `2 of 14 assets in their campaign's language (de), 12 judged: 0.17; found en 10, de 2`. */
    private static String language(Figures.InLanguage l) {
        String s = String.format(Locale.ROOT, "%d of %d assets in their campaign's language (%s), %d judged",
                l.inLanguage(), l.assets(), String.join(", ", l.expected()), l.judged());
        if (l.judged() == 0) return s;
        return s + ": " + ratio(l.share(), "%.2f") + "; found " + String.join(", ", LongCopy.byCount(l.detected())
                .entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }

    private static String line(String row, Figures f) {
        String words = f.words().entrySet().stream().map(e -> String.format(Locale.ROOT, "%s:%.0f",
                shortKind(e.getKey()), e.getValue().average())).reduce((a, b) -> a + " " + b).orElse("-");
        return String.format(Locale.ROOT, row, f.name(), f.assets(), f.failed(), String.format(Locale.ROOT, "%.1f",
                f.seconds()), ratio(f.completionsPerAsset(), "%.1f"), f.findingsTotal(), ratio(f.ctaShare(), "%.2f"),
                ratio(f.namedShare(), "%.2f"), ratio(f.distinct2Average(), "%.3f"), f.invented(), f.grounding(),
                f.sharedSentences().size(), f.grammar() == null ? "-" : String.valueOf(f.grammarTotal()),
                ratio(f.language().share(), "%.2f"), words);
    }

    private static String shortKind(String kind) {
        return switch (kind) {
            case "landing_page" -> "page";
            case "blog_post" -> "blog";
            default -> kind;
        };
    }

    private static String ratio(double v, String format) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, format, v);
    }

    private static String number(double v) {
        if (Double.isNaN(v)) return "not measured";
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String map(Map<String, Integer> m) {
        if (m.isEmpty()) return "none";
        StringBuilder s = new StringBuilder();
        m.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return s.toString();
    }

    public static String json(List<Figures> specs, Figures overall, List<Thresholds.Verdict> verdicts) {
        ObjectNode root = JSON.createObjectNode();
        var array = root.putArray("specs");
        specs.forEach(f -> array.add(node(f)));
        root.set("overall", node(overall));
        var bars = root.putArray("thresholds");
        for (Thresholds.Verdict v : verdicts) {
            ObjectNode n = bars.addObject();
            n.put("option", v.option());
            n.put("limit", v.limit());
            putRatio(n, "value", v.value());
            n.put("ok", v.ok());
        }
        root.put("ok", verdicts.stream().allMatch(Thresholds.Verdict::ok));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode node(Figures f) {
        ObjectNode n = JSON.createObjectNode();
        n.put("spec", f.name());
        n.put("assets", f.assets());
        n.put("failed", f.failed());
        n.put("seconds", Math.round(f.seconds() * 10) / 10.0);
        n.put("completions", f.completions());
        n.put("cacheHits", f.cacheHits());
        putRatio(n, "completionsPerAsset", f.completionsPerAsset());
        ObjectNode findings = n.putObject("findings");
        f.findings().forEach(findings::put);
        ObjectNode cta = n.putObject("cta");
        cta.put("assets", f.ctaAssets());
        cta.put("present", f.ctaPresent());
        putRatio(cta, "share", f.ctaShare());
        ObjectNode words = n.putObject("words");
        f.words().forEach((kind, w) -> {
            ObjectNode k = words.putObject(kind);
            k.put("assets", w.assets());
            putRatio(k, "average", w.average());
            k.put("min", w.min());
        });
        ObjectNode distinct2 = n.putObject("distinct2");
        distinct2.put("groups", f.distinct2().size());
        putRatio(distinct2, "average", f.distinct2Average());
        ObjectNode named = n.putObject("named");
        named.put("assets", f.namedAssets());
        named.put("named", f.named());
        putRatio(named, "share", f.namedShare());
        ObjectNode invented = n.putObject("inventedNames");
        invented.put("declaredNamesFindings", f.declaredNames());
        invented.put("unbackedRuns", f.unbackedNames().size());
        var runs = invented.putArray("runs");
        f.unbackedNames().forEach(runs::add);
        ObjectNode grounding = n.putObject("grounding");
        grounding.put("findings", f.grounding());
        ObjectNode ungrounded = grounding.putObject("words");
        LongCopy.byCount(f.ungrounded()).forEach(ungrounded::put);
        ObjectNode shared = n.putObject("sharedSentences");
        shared.put("count", f.sharedSentences().size());
        var sentences = shared.putArray("sentences");
        f.sharedSentences().forEach(sentences::add);
        ObjectNode longForm = n.putObject("longForm");
        putLongForm(longForm.putObject("blog_post"), f.blog());
        putLongForm(longForm.putObject("landing_page"), f.landing());
        ObjectNode faq = longForm.putObject("faq");
        faq.put("questions", f.faqQuestions());
        faq.put("answered", f.faqAnswered());
        putRatio(faq, "share", f.faqAnsweredShare());
        ObjectNode language = n.putObject("language");
        var expected = language.putArray("expected");
        f.language().expected().forEach(expected::add);
        language.put("assets", f.language().assets());
        language.put("judged", f.language().judged());
        language.put("inLanguage", f.language().inLanguage());
        putRatio(language, "share", f.language().share());
        ObjectNode detected = language.putObject("detected");
        LongCopy.byCount(f.language().detected()).forEach(detected::put);
        if (f.grammar() == null) {
            n.putNull("grammar");
        } else {
            ObjectNode grammar = n.putObject("grammar");
            grammar.put("findings", f.grammarTotal());
            ObjectNode byRule = grammar.putObject("byRule");
            f.grammar().forEach(byRule::put);
        }
        return n;
    }

    /** Assets, average and fewest words, the bar and the share that reaches it; nulls where there is no asset. */
    private static void putLongForm(ObjectNode n, Figures.LongForm l) {
        n.put("assets", l.assets());
        putRatio(n, "average", l.average());
        putRatio(n, "min", l.fewest());
        n.put("bar", l.bar());
        n.put("meeting", l.meeting());
        putRatio(n, "share", l.share());
    }

    /** A ratio rounded to 4 places, or null when it cannot be measured. */
    private static void putRatio(ObjectNode n, String key, double v) {
        if (Double.isNaN(v)) n.putNull(key);
        else n.put(key, Math.round(v * 10000) / 10000.0);
    }
}
