package io.copydeck.dsl.brief;

import java.util.List;
import java.util.Locale;

/**
 * A classic copywriting formula: the order an asset makes its moves in. A channel names one
 * ({@code formula: pas}); otherwise the campaign's objective chooses ({@link #forObjective}). The
 * prompt shows it, the corpus orders its texts by it, and a long text's {@link Section}s follow it.
 */
public enum Formula {
    /** Attention, interest, desire, action: what it gives you, how, why believe it, then act. */
    AIDA(List.of(Section.BENEFITS, Section.FEATURES, Section.PROOF)),
    /** Problem, agitate, solution: the pain first, then what changes, then how. */
    PAS(List.of(Section.PAINS, Section.BENEFITS, Section.FEATURES, Section.PROOF)),
    /** Before, after, bridge: life with the pain, life without it, and the product between. */
    BAB(List.of(Section.PAINS, Section.BENEFITS, Section.FEATURES, Section.PROOF)),
    /** Features, advantages, benefits: what it has, what that does for you, why believe it. */
    FAB(List.of(Section.FEATURES, Section.BENEFITS, Section.PROOF));

    private final List<Section> order;

    Formula(List<Section> order) {
        this.order = List.copyOf(order);
    }

    /** The sections of a long text, in this formula's order, before its {@link Section#START} and close. */
    public List<Section> order() {
        return order;
    }

    /** `pas`: as the language writes it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The formula a campaign's objective calls for when the channel names none: awareness and
     * launches catch attention first, consideration argues from what it has, conversion starts
     * from the pain, retention shows the before and after.
     */
    public static Formula forObjective(String objective) {
        if (objective == null) return AIDA;
        return switch (objective) {
            case "consideration" -> FAB;
            case "conversion" -> PAS;
            case "retention" -> BAB;
            default -> AIDA;
        };
    }

    /** The formula a word names (`aida`, `PAS`), or null when it names none. */
    public static Formula parse(String word) {
        if (word == null) return null;
        for (Formula f : values()) if (f.word().equalsIgnoreCase(word)) return f;
        return null;
    }
}
