package io.copydeck.corpus;

import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.FactShape;
import io.copydeck.dsl.brief.Offering;
import io.copydeck.dsl.brief.SlotRealiser;
import io.copydeck.dsl.brief.Slots;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slots a job's prompt shows (docs/slots.md, templates/.../builtin/lib/context.ftl) with the
 * text of each fact. Which slots a prompt shows is decided here, as context.ftl decides it; what
 * a slot stands for is the one table {@link Slots}, and a target is measured against its limits as
 * the pipeline's {@link SlotRealiser} realises it, so the corpus and a build measure alike.
 */
final class SlotFacts {
    static final Pattern SLOT = Pattern.compile("\\{([a-z_]+(?:\\.\\d+)?)\\}");

    private final Slots table;
    private final Map<String, String> facts = new LinkedHashMap<>();
    final List<String> benefits = new ArrayList<>();
    final List<String> features = new ArrayList<>();
    final List<String> pains = new ArrayList<>();
    final List<String> motivations = new ArrayList<>();
    final boolean bundle;
    final boolean promo;
    final boolean free;

    private SlotFacts(Brief b) {
        table = Slots.of(b);
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

    /** The slot, when the brief has its fact; its text is the table's ({@link Slots}), the {@code text} only says whether there is one. */
    private void put(String slot, String text) {
        if (text != null && !text.isBlank()) table.value(slot).ifPresent(v -> facts.put(slot, v));
    }

    private void list(List<String> names, String slot, String text) {
        if (text != null && !text.isBlank() && table.value(slot).isPresent()) {
            facts.put(slot, table.value(slot).get());
            names.add(slot);
        }
    }

    boolean has(String slot) {
        return facts.containsKey(slot);
    }

    /** The shape of a slot's fact (a noun phrase for a slot without one: a name, an amount). */
    FactShape shape(String slot) {
        return table.shape(slot).orElse(FactShape.NOUN_PHRASE);
    }

    /** Whether the text realises without a problem: every slot's fact fits where it stands. */
    boolean realises(String text) {
        for (String slot : slotsIn(text)) {
            if (!facts.containsKey(slot)) return false;
        }
        return SlotRealiser.realise(text, table).ok();
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

    /** The text as the pipeline realises it; a slot the prompt does not show, or one it cannot realise, throws. */
    String realise(String text) {
        for (String slot : slotsIn(text)) {
            if (!facts.containsKey(slot)) throw new IllegalArgumentException("no fact for slot {" + slot + "} in: " + text);
        }
        SlotRealiser.Realised r = SlotRealiser.realise(text, table);
        if (!r.ok()) throw new IllegalArgumentException(r.problems() + " in: " + text);
        return r.text();
    }
}
