package io.copydeck.dsl.plan;

import io.copydeck.dsl.model.Length;
import java.util.List;

/**
 * What a field's text must satisfy: its length limits (the tightest per unit of the platform's
 * and the channel's), the texts the asset must include, and the phrases it must avoid
 * (brand ∪ channel, case-insensitive).
 */
public record Constraints(List<Length> limits, List<String> mustInclude, List<String> avoid) {
    public Constraints {
        limits = List.copyOf(limits);
        mustInclude = List.copyOf(mustInclude);
        avoid = List.copyOf(avoid);
    }
}
