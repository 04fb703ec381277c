package io.copydeck.dsl.check;

import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.diag.Fix;
import io.copydeck.dsl.model.Audience;
import io.copydeck.dsl.model.Brand;
import io.copydeck.dsl.model.Bundle;
import io.copydeck.dsl.model.Campaign;
import io.copydeck.dsl.model.Channel;
import io.copydeck.dsl.model.Product;
import io.copydeck.dsl.model.Promo;
import io.copydeck.dsl.model.Ref;
import io.copydeck.dsl.model.Spec;
import io.copydeck.dsl.model.Where;
import io.copydeck.dsl.schema.RefKind;
import io.copydeck.dsl.source.SourceRange;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names declared across a spec and its imports, and the check that every reference
 * names one of the right kind. Declarations anywhere count, so references may point forward.
 */
public final class References {
    /** A declared name: its kind and where it was declared. */
    public record Declaration(RefKind kind, String name, SourceRange range) {}

    private final Map<RefKind, Map<String, Declaration>> byKind = new EnumMap<>(RefKind.class);

    private References() {
        for (RefKind k : RefKind.values()) byKind.put(k, new LinkedHashMap<>());
    }

    /** Collects every declaration, reporting a name declared twice within a kind (E107). */
    static References declare(Spec spec, List<Diagnostic> out) {
        References refs = new References();
        for (Brand b : spec.brands()) refs.add(RefKind.BRAND, b.id(), b.where(), out);
        for (Audience a : spec.audiences()) refs.add(RefKind.AUDIENCE, a.id(), a.where(), out);
        for (Product p : spec.products()) refs.add(RefKind.PRODUCT, p.id(), p.where(), out);
        Campaign c = spec.campaign();
        if (c != null && c.pricing() != null) {
            for (Promo p : c.pricing().promos()) refs.add(RefKind.PROMO, p.id(), p.where(), out);
            for (Bundle b : c.pricing().bundles()) {
                if (refs.byKind.get(RefKind.PRODUCT).containsKey(b.id())) {
                    out.add(new Diagnostic(Code.E107, "bundle `" + b.id() + "` has the name of a product; `products:` "
                            + "could not tell them apart, so rename one", nameRange(b.where())));
                }
                refs.add(RefKind.BUNDLE, b.id(), b.where(), out);
            }
        }
        return refs;
    }

    private static SourceRange nameRange(Where where) {
        return where.header();
    }

    private void add(RefKind kind, String name, Where where, List<Diagnostic> out) {
        if (name == null) return;
        Declaration first = byKind.get(kind).get(name);
        if (first != null) {
            out.add(new Diagnostic(Code.E107, kind.word() + " `" + name + "` is declared twice; the first is at "
                    + first.range().file() + ":" + first.range().startLine() + ". Rename or remove one",
                    where.header()));
            return;
        }
        byKind.get(kind).put(name, new Declaration(kind, name, where.header()));
    }

    public Optional<Declaration> find(String name, Set<RefKind> kinds) {
        for (RefKind k : RefKind.values()) {
            if (kinds.contains(k) && byKind.get(k).containsKey(name)) return Optional.of(byKind.get(k).get(name));
        }
        return Optional.empty();
    }

    public List<Declaration> all(RefKind kind) {
        return List.copyOf(byKind.get(kind).values());
    }

    /** Reports a reference that names nothing (E201) or a block of the wrong kind (E202). */
    boolean resolve(Ref ref, Set<RefKind> kinds, String property, List<Diagnostic> out) {
        if (ref == null) return false;
        if (find(ref.name(), kinds).isPresent()) return true;
        String wanted = describe(kinds);
        for (RefKind other : RefKind.values()) {
            if (!kinds.contains(other) && byKind.get(other).containsKey(ref.name())) {
                out.add(new Diagnostic(Code.E202, "`" + ref.name() + "` is " + ValueReader.article(other.word()) + " "
                        + other.word() + ", but `" + property
                        + "` needs " + wanted, ref.range()));
                return false;
            }
        }
        List<String> candidates = new ArrayList<>();
        for (RefKind k : RefKind.values()) {
            if (kinds.contains(k)) candidates.addAll(byKind.get(k).keySet()); // enum order: stable messages
        }
        Optional<String> near = Suggest.closest(ref.name(), candidates);
        String hint = near.map(n -> "; did you mean `" + n + "`?").orElse(candidates.isEmpty()
                ? "; no " + wanted.replaceFirst("^an? ", "") + " is declared: declare it, or `import` the file that does"
                : "; declared: " + String.join(", ", candidates.subList(0, Math.min(8, candidates.size()))));
        out.add(new Diagnostic(Code.E201, "unknown " + wanted.replaceFirst("^an? ", "") + " `" + ref.name() + "`" + hint,
                ref.range(), near.map(n -> Fix.replace("Change to `" + n + "`", ref.range(), n)).orElse(null)));
        return false;
    }

    private static String describe(Set<RefKind> kinds) {
        List<String> words = kinds.stream().sorted().map(RefKind::word).toList();
        String first = words.get(0);
        String article = "aeiou".indexOf(first.charAt(0)) >= 0 ? "an " : "a ";
        return article + String.join(" or ", words);
    }

    /** Every reference the model holds, checked against the declarations. */
    void checkAll(Spec spec, List<Diagnostic> out) {
        Campaign c = spec.campaign();
        if (c == null) return;
        resolve(c.brand(), Set.of(RefKind.BRAND), "brand", out);
        if (c.positioning() != null) resolve(c.positioning().forAudience(), Set.of(RefKind.AUDIENCE), "for", out);
        if (c.pricing() != null) {
            for (Promo p : c.pricing().promos()) {
                for (Ref r : p.applies()) resolve(r, Set.of(RefKind.PRODUCT), "applies", out);
            }
            for (Bundle b : c.pricing().bundles()) {
                for (Bundle.Item item : b.items()) resolve(item.product(), Set.of(RefKind.PRODUCT), "items", out);
            }
        }
        for (Channel ch : c.channels()) {
            for (Ref r : ch.audiences()) resolve(r, Set.of(RefKind.AUDIENCE), "audience", out);
            for (Ref r : ch.products()) resolve(r, Set.of(RefKind.PRODUCT, RefKind.BUNDLE), "products", out);
            resolve(ch.promo(), Set.of(RefKind.PROMO), "promo", out);
        }
    }
}
