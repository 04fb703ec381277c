package io.copydeck.dsl.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * One property a block may hold: its type, whether it is required, whether it takes a list,
 * the members of an enum, the kinds a reference may name, numeric bounds, and its documentation.
 */
public record PropertySpec(String name, ValueType type, boolean required, boolean list, List<String> members,
                           Set<RefKind> refKinds, BigDecimal min, BigDecimal max, boolean minExclusive,
                           String doc) {

    public PropertySpec {
        members = List.copyOf(members);
        refKinds = Set.copyOf(refKinds);
    }

    /** "a list of strings", "an amount of money", for messages and docs. */
    public String typeDescription() {
        String one = switch (type) {
            case ENUM -> "one of " + String.join(", ", members);
            case REFERENCE -> {
                List<String> words = refKinds.stream().sorted().map(RefKind::word).toList();
                yield "the name of " + ("aeiou".indexOf(words.get(0).charAt(0)) >= 0 ? "an " : "a ")
                        + String.join(" or ", words);
            }
            default -> type.description();
        };
        return list ? "a list of " + plural(one) : one;
    }

    private static String plural(String one) {
        if (one.startsWith("one of ")) return "words from: " + one.substring(7);
        String s = one.replaceFirst("^(a|an|the) ", "");
        if (s.startsWith("name of a")) return "names of " + s.replaceFirst("^name of an? ", "").replace(" or ", "/") + " blocks";
        if (s.startsWith("word or a string")) return "words or strings";
        if (s.startsWith("product, or")) return "products, or `product x quantity`";
        if (s.endsWith("string")) return s + "s";
        return s + " values";
    }

    public String rangeDescription() {
        if (min == null && max == null) return "";
        if (min != null && max != null) {
            return (minExclusive ? "above " + min.toPlainString() + " and at most " : "from " + min.toPlainString() + " to ")
                    + max.toPlainString();
        }
        return min != null ? (minExclusive ? "above " : "at least ") + min.toPlainString() : "at most " + max.toPlainString();
    }
}
