package io.copydeck.dsl.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A section of a long text (a blog post's body): a subhead and a paragraph about one kind of fact.
 * Long texts are planned as sections and generated one by one ({@link FieldSpec.Part}), so that no
 * section is cut short by the model's context or a token cap. A section is planned only when the
 * brief has facts for it ({@link #hasFacts}); {@link #START} (how to begin: the offer, the first
 * step) needs none, so a post always has at least {@link #FEWEST}.
 */
public enum Section {
    /** The problem: the audience's pains, the need, the alternative they put up with. */
    PAINS,
    /** What changes: the benefits and what the audience wants. */
    BENEFITS,
    /** How it works, what you get: the features, a bundle's items, the category. */
    FEATURES,
    /** Why believe it: the proof, the difference from the alternative. */
    PROOF,
    /** Getting started: the offer or price and the first step. */
    START;

    /** The fewest sections a long text has. */
    public static final int FEWEST = 3;

    /** `pains`: the part's name in job ids and prompts. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean hasFacts(Brief b) {
        Brief.Positioning p = b.positioning();
        return switch (this) {
            case PAINS -> !b.audience().pains().isEmpty() || (p != null && p.need() != null);
            case BENEFITS -> !b.offering().benefits().isEmpty() || (p != null && p.benefit() != null);
            case FEATURES -> b.offering() instanceof Offering.Bundle || !b.offering().features().isEmpty();
            case PROOF -> p != null && (p.proof() != null || p.unlike() != null);
            case START -> true;
        };
    }

    /**
     * The sections of a long text for this brief: the formula's, where the brief has their facts,
     * then {@link #START} while there are fewer than {@link #FEWEST}.
     */
    public static List<Section> plan(Formula formula, Brief brief) {
        List<Section> sections = new ArrayList<>();
        for (Section s : formula.order()) if (s.hasFacts(brief)) sections.add(s);
        // A thin brief still gets a post: how to start, then what it is and does, by name alone.
        for (Section s : List.of(START, BENEFITS, FEATURES)) {
            if (sections.size() < FEWEST && !sections.contains(s)) sections.add(s);
        }
        return List.copyOf(sections);
    }
}
