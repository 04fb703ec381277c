package io.copydeck.corpus;

import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.Offering;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slots a job's prompt shows (docs/slots.md, templates/.../builtin/lib/context.ftl) with the
 * text of each fact, read from the typed {@link Brief}. The corpus writes targets with these slots
 * only, and measures a target against its limits as realised here. This is a small private
 * realisation for the corpus, not the pipeline's realiser: it substitutes facts, capitalises a fact
 * at a sentence start and drops a fact's own full stop before punctuation, which is enough to
 * measure lengths.
 */
final class SlotFacts {
    static final Pattern SLOT = Pattern.compile("\\{([a-z_]+(?:\\.\\d+)?)\\}");

    private final Map<String, String> facts = new LinkedHashMap<>();
    final List<String> benefits = new ArrayList<>();
    final List<String> features = new ArrayList<>();
    final List<String> pains = new ArrayList<>();
    final List<String> motivations = new ArrayList<>();
    final boolean bundle;
    final boolean promo;
    final boolean free;

    private SlotFacts(Brief b) {
        Offering o = b.offering();
        Brief.Positioning pos = b.positioning();
        Brief.Promo p = b.promo();
        bundle = o instanceof Offering.Bundle;
        promo = p != null;
        free = o.price() != null && o.price().free();
        put("brand", b.brand().name());
        put("product", o.name());
        if (pos != null) put("category", pos.category());
        if (bundle && !((Offering.Bundle) o).items().isEmpty()) put("items", o.description());
        if (!o.benefits().isEmpty()) {
            for (int i = 0; i < o.benefits().size(); i++) list(benefits, "benefit." + i, o.benefits().get(i));
        } else if (pos != null && pos.benefit() != null) {
            list(benefits, "benefit", pos.benefit());
        }
        if (!bundle) {
            for (int i = 0; i < o.features().size(); i++) list(features, "feature." + i, o.features().get(i));
        }
        if (p != null) {
            put("offer", b.offerLine());
            put("code", p.code());
            put("discount", p.discountText());
            put("sale_price", p.salePrice().text());
            if (p.ends() != null) put("ends", p.ends().text());
        } else if (o instanceof Offering.Bundle bu && b.offerLine() != null) {
            put("offer", b.offerLine());
            if (bu.savings() != null) put("savings", bu.savings().text());
        }
        if (o.price() != null) put("price", o.price().text());
        List<String> ps = b.audience().pains();
        for (int i = 0; i < ps.size(); i++) list(pains, "pain." + i, ps.get(i));
        List<String> ms = b.audience().motivations();
        for (int i = 0; i < ms.size(); i++) list(motivations, "motivation." + i, ms.get(i));
        if (pos != null) {
            put("need", pos.need());
            put("proof", pos.proof());
            put("unlike", pos.unlike());
        }
        put("cta", b.channel().cta());
    }

    static SlotFacts of(Brief b) {
        return new SlotFacts(b);
    }

    private void put(String slot, String text) {
        if (text != null && !text.isBlank()) facts.put(slot, text);
    }

    private void list(List<String> names, String slot, String text) {
        if (text != null && !text.isBlank()) {
            facts.put(slot, text);
            names.add(slot);
        }
    }

    boolean has(String slot) {
        return facts.containsKey(slot);
    }

    /** Slot names and their texts, in prompt order. */
    Map<String, String> facts() {
        return java.util.Collections.unmodifiableMap(facts);
    }

    /** The slots a text names, in order, each once. */
    static List<String> slotsIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SLOT.matcher(text);
        while (m.find()) {
            if (!out.contains(m.group(1))) out.add(m.group(1));
        }
        return out;
    }

    /** The text with every slot replaced by its fact; an unknown slot or a fact the brief lacks throws. */
    String realise(String text) {
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String value = facts.get(m.group(1));
            if (value == null) throw new IllegalArgumentException("no fact for slot {" + m.group(1) + "} in: " + text);
            String before = out.toString().stripTrailing();
            if (before.isEmpty() || before.endsWith(".") || before.endsWith("!") || before.endsWith("?")
                    || before.endsWith("\n") || out.toString().endsWith("\n")) {
                value = CopyGrammar.capitalise(value);
            }
            if (value.endsWith(".") && m.end() < text.length() && ".,;:!?".indexOf(text.charAt(m.end())) >= 0) {
                value = value.substring(0, value.length() - 1);
            }
            out.append(value);
            last = m.end();
        }
        out.append(text.substring(last));
        return out.toString();
    }
}
