package io.copydeck.dsl.plan;

import java.util.List;

/** Every job of a campaign, in a stable order: channels as declared, then audience, offering, variant, field. */
public record Plan(String campaign, List<Job> jobs) {
    public Plan {
        jobs = List.copyOf(jobs);
    }
}
