package io.copydeck.dsl.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slots of a brief (docs/slots.md), as one table: what `{product}` or `{pain.0}` stands for in
 * a brief. Prompts show a brief's facts by slot, the model writes copy with slots, and
 * {@link SlotRealiser} puts the facts back; the corpus generator reads the same table.
 *
 * <p>A list slot written without its index reads the first fact: `{pain}` is `{pain.0}`.
 */
public final class Slots {
    /** How a slot's fact is written into running text ({@link SlotRealiser}). */
    public enum Form {
        /**
         * Words written as a phrase or a sentence ("Fresh tea"): capitalised at a sentence start,
         * lowercased inside one unless it starts with a declared name or a word in capitals.
         */
        PROSE,
        /** A computed fact (an amount, a date): capitalised at a sentence start ("Free"), else as written. */
        FIXED,
        /** A declared name or code (brand, product, items, promo code): always as declared. */
        NAME,
        /** A whole sentence (the offer line): as written. */
        SENTENCE
    }

    /**
     * One row of the table: a slot's name, whether it is a list (`pain.N`), its form, its facts, and
     * whether its facts have a {@link FactShape} that decides where they fit (the words a strategist
     * writes freely, the call to action among them; a category, names and amounts do not).
     */
    private record Slot(String name, boolean list, Form form, boolean shaped, Function<Brief, List<String>> facts) {}

    private static final boolean SHAPED = true;

    private static final List<Slot> TABLE = List.of(
            one("brand", Form.NAME, b -> b.brand().name()),
            one("product", Form.NAME, b -> b.offering().name()),
            one("category", Form.PROSE, b -> b.positioning() == null ? null : b.positioning().category()),
            one("benefit", Form.PROSE, SHAPED, Slots::firstBenefit),
            list("benefit", Form.PROSE, SHAPED, b -> b.offering().benefits()),
            list("feature", Form.PROSE, SHAPED, b -> b.offering().features()),
            list("pain", Form.PROSE, SHAPED, b -> b.audience().pains()),
            list("motivation", Form.PROSE, SHAPED, b -> b.audience().motivations()),
            one("need", Form.PROSE, SHAPED, b -> b.positioning() == null ? null : b.positioning().need()),
            one("proof", Form.PROSE, SHAPED, b -> b.positioning() == null ? null : b.positioning().proof()),
            one("unlike", Form.PROSE, SHAPED, b -> b.positioning() == null ? null : b.positioning().unlike()),
            one("items", Form.NAME, b -> b.offering() instanceof Offering.Bundle bundle ? bundle.description() : null),
            one("price", Form.FIXED, b -> text(b.offering().price())),
            one("offer", Form.SENTENCE, Brief::offerLine),
            one("code", Form.NAME, b -> b.promo() == null ? null : b.promo().code()),
            one("discount", Form.FIXED, b -> b.promo() == null ? null : b.promo().discountText()),
            one("sale_price", Form.FIXED, b -> b.promo() == null ? null : text(b.promo().salePrice())),
            one("savings", Form.FIXED, Slots::savings),
            one("ends", Form.FIXED, b -> b.promo() == null ? null : text(b.promo().ends())),
            one("cta", Form.PROSE, SHAPED, b -> b.channel().cta()));

    /** What a slot's name looks like: lowercase, with an index after a dot for a list's fact. */
    private static final Pattern NAME = Pattern.compile("([a-z][a-z_]*)(?:\\.(\\d{1,4}))?");

    private final Brief brief;

    private Slots(Brief brief) {
        this.brief = brief;
    }

    public static Slots of(Brief brief) {
        return new Slots(brief);
    }

    public Brief brief() {
        return brief;
    }

    /** The fact a slot stands for in this brief; empty when the brief lacks it or the name is no slot. */
    public Optional<String> value(String slot) {
        Matcher m = NAME.matcher(slot);
        if (!m.matches()) return Optional.empty();
        return row(m).flatMap(row -> {
            List<String> facts = row.facts().apply(brief);
            int index = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return index < facts.size() && present(facts.get(index)) ? Optional.of(facts.get(index)) : Optional.empty();
        });
    }

    /**
     * The shape of the fact a slot stands for in this brief ({@link FactShape}), for a slot whose
     * fact is words a strategist writes freely; empty for the others (names, amounts, the offer, the
     * category) and when the brief lacks the fact. The call to action has one: "The offer ends
     * {cta}" is a misfit for "Book a visit".
     */
    public Optional<FactShape> shape(String slot) {
        Matcher m = NAME.matcher(slot);
        if (!m.matches() || row(m).map(r -> !r.shaped()).orElse(true)) return Optional.empty();
        return value(slot).map(fact -> FactShape.of(fact, brief.language()));
    }

    /**
     * A list's name without its index ("feature", "pain"), which the training corpus never writes (it names
     * every list's facts by index; only {@code benefit} is a slot of its own): the model dropped the index,
     * as in "Think {feature.0} and {feature}." It reads as the list's first fact not {@code named} yet in the
     * text, indexed ("feature.1"); any other slot, or a list whose facts are all named, stays as written.
     */
    public String indexed(String slot, java.util.Set<String> named) {
        Matcher m = NAME.matcher(slot);
        if (!m.matches() || m.group(2) != null) return slot;
        String name = m.group(1);
        // The row a plain name reads: a slot of its own ("benefit") when there is one, else the list.
        Optional<Slot> list = row(m).filter(Slot::list);
        if (list.isEmpty()) return slot;
        List<String> facts = list.get().facts().apply(brief);
        for (int i = 0; i < facts.size(); i++) {
            if (present(facts.get(i)) && !named.contains(name + "." + i)) return name + "." + i;
        }
        return slot;
    }

    /** Every slot this brief can fill, in the table's order, each list's facts by index. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (Slot row : TABLE) {
            List<String> facts = row.facts().apply(brief);
            if (!row.list()) {
                if (!facts.isEmpty()) names.add(row.name());
            } else {
                // Indexed as the prompt lists them (TemplateView's lists), so a blank fact keeps its place.
                for (int i = 0; i < facts.size(); i++) if (present(facts.get(i))) names.add(row.name() + "." + i);
            }
        }
        return List.copyOf(names);
    }

    public static List<String> names(Brief brief) {
        return of(brief).names();
    }

    /** Whether a name is a slot of the table, whatever the brief: `pain.7` and `pain` are, `colour` is not. */
    public static boolean known(String slot) {
        Matcher m = NAME.matcher(slot);
        return m.matches() && row(m).isPresent();
    }

    /** How a slot's fact is written into text; empty when the name is no slot. */
    public static Optional<Form> form(String slot) {
        Matcher m = NAME.matcher(slot);
        return m.matches() ? row(m).map(Slot::form) : Optional.empty();
    }

    /**
     * The row a name reads: a plain name is the row of that name, or else a list's first fact
     * (`pain` is `pain.0`); an indexed name is a list's row.
     */
    private static Optional<Slot> row(Matcher m) {
        String name = m.group(1);
        boolean indexed = m.group(2) != null;
        Optional<Slot> exact = TABLE.stream().filter(s -> s.name().equals(name) && s.list() == indexed).findFirst();
        if (exact.isPresent() || indexed) return exact;
        return TABLE.stream().filter(s -> s.name().equals(name) && s.list()).findFirst();
    }

    private static Slot one(String name, Form form, Function<Brief, String> fact) {
        return one(name, form, false, fact);
    }

    private static Slot one(String name, Form form, boolean shaped, Function<Brief, String> fact) {
        return new Slot(name, false, form, shaped, b -> {
            String v = fact.apply(b);
            return present(v) ? List.of(v) : List.of();
        });
    }

    private static Slot list(String name, Form form, boolean shaped, Function<Brief, List<String>> facts) {
        return new Slot(name, true, form, shaped, facts);
    }

    private static boolean present(String fact) {
        return fact != null && !fact.isBlank();
    }

    /** The first benefit: the offering's first, else the positioning's. */
    private static String firstBenefit(Brief b) {
        List<String> benefits = b.offering().benefits();
        if (!benefits.isEmpty()) return benefits.get(0);
        return b.positioning() == null ? null : b.positioning().benefit();
    }

    /** The promo's saving, else a bundle's saving against its items. */
    private static String savings(Brief b) {
        if (b.promo() != null) return text(b.promo().savings());
        return b.offering() instanceof Offering.Bundle bundle ? text(bundle.savings()) : null;
    }

    private static String text(Object fact) {
        return fact == null ? null : fact.toString();
    }
}
