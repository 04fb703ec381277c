package io.copydeck.research;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * research.json, the contract of `copydeck research` (docs/research.md): {@code reviews} (counts),
 * {@code skipped}, {@code languages}, {@code pains}, {@code praise}, {@code motivations}, {@code objections},
 * {@code aspects}, {@code vocabulary}, {@code trend}, {@code against_spec} (null without --spec), and
 * {@code products}; each finding {@code {"label", "count", "share", "quotes": [{"id", "text"}], "words"}}.
 */
public final class ResearchJson {
    /** Marks the file as Copydeck's, so that a later run may replace it (and no other file). */
    public static final String GENERATOR = "copydeck research 0.1.0";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResearchJson() {}

    public static byte[] bytes(ResearchResult r) {
        try {
            return JSON.writeValueAsBytes(tree(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a result tree always serialises", e);
        }
    }

    public static ObjectNode tree(ResearchResult r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("generator", GENERATOR);
        ObjectNode reviews = root.putObject("reviews");
        reviews.put("read", r.read());
        reviews.put("analysed", r.analysed());
        reviews.put("duplicates", r.duplicates());
        reviews.put("not_analysed", r.notAnalysed());
        reviews.put("skipped", r.skippedCount());
        ArrayNode skipped = root.putArray("skipped");
        for (Skipped s : r.skipped()) skipped.addObject().put("file", s.file()).put("line", s.line()).put("reason", s.reason());
        ArrayNode languages = root.putArray("languages");
        for (LanguageCount l : r.languages()) {
            languages.addObject().put("language", l.language()).put("reviews", l.reviews()).put("analysed", l.analysed());
        }
        findings(root.putArray("pains"), r.pains());
        findings(root.putArray("praise"), r.praise());
        findings(root.putArray("motivations"), r.motivations());
        findings(root.putArray("objections"), r.objections());
        ArrayNode aspects = root.putArray("aspects");
        for (AspectFinding a : r.aspects()) {
            ObjectNode o = aspects.addObject();
            o.put("label", a.label()).put("count", a.count()).put("share", round(a.share()));
            o.put("positive", a.positive()).put("negative", a.negative()).put("neutral", a.neutral());
            quotes(o.putArray("quotes"), a.quotes());
            ArrayNode members = o.putArray("members");
            a.members().forEach(members::add);
            o.put("discovered", a.discovered()).put("origin", a.origin().label());
        }
        ArrayNode vocabulary = root.putArray("vocabulary");
        for (Finding f : r.vocabulary()) {
            ObjectNode o = finding(vocabulary.addObject(), f);
            o.remove("words");
            o.put("aspect", f.words().get(0)).put("polarity", f.words().get(1));
        }
        ArrayNode trend = root.putArray("trend");
        for (MonthTrend m : r.trend()) {
            ObjectNode o = trend.addObject().put("month", m.month()).put("reviews", m.reviews())
                    .put("positive", m.positive()).put("negative", m.negative());
            if (m.averageRating() == null) o.putNull("average_rating");
            else o.put("average_rating", m.averageRating());
            o.put("top_pain", m.topPain());
        }
        ArrayNode products = root.putArray("products");
        for (ProductFindings p : r.products()) {
            ObjectNode o = products.addObject().put("product", p.product()).put("reviews", p.reviews());
            findings(o.putArray("pains"), p.pains());
            findings(o.putArray("praise"), p.praise());
        }
        SpecComparison c = r.againstSpec();
        if (c == null) {
            root.putNull("against_spec");
        } else {
            ObjectNode o = root.putObject("against_spec").put("spec", c.spec()).put("audience", c.audience());
            declared(o.putArray("pains"), c.pains());
            declared(o.putArray("motivations"), c.motivations());
            declared(o.putArray("benefits"), c.benefits());
            findings(o.putArray("missing_pains"), c.missingPains());
            findings(o.putArray("missing_motivations"), c.missingMotivations());
            ArrayNode unmentioned = o.putArray("unmentioned_benefits");
            c.unmentionedBenefits().forEach(b -> unmentioned.add(b.text()));
        }
        return root;
    }

    private static void findings(ArrayNode array, List<Finding> findings) {
        for (Finding f : findings) finding(array.addObject(), f);
    }

    private static ObjectNode finding(ObjectNode o, Finding f) {
        o.put("label", f.label()).put("count", f.count()).put("share", round(f.share()));
        quotes(o.putArray("quotes"), f.quotes());
        ArrayNode words = o.putArray("words");
        f.words().forEach(words::add);
        return o;
    }

    private static void declared(ArrayNode array, List<SpecComparison.Declared> declared) {
        for (SpecComparison.Declared d : declared) {
            ObjectNode o = array.addObject().put("label", d.text()).put("count", d.count()).put("share", round(d.share()));
            quotes(o.putArray("quotes"), d.quotes());
        }
    }

    private static void quotes(ArrayNode array, List<Quote> quotes) {
        for (Quote q : quotes) array.addObject().put("id", q.id()).put("text", q.text());
    }

    private static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }
}
