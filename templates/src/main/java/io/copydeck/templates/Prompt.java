package io.copydeck.templates;

import io.copydeck.dsl.plan.Job;
import java.util.List;

/** A job's prompt: the text the model reads, where to stop, and which template (and version) made it. */
public record Prompt(Job job, String text, List<String> stop, String template, String templateChecksum) {
    public Prompt {
        stop = List.copyOf(stop);
    }
}
