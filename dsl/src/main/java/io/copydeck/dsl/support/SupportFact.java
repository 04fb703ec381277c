package io.copydeck.dsl.support;

import io.copydeck.dsl.source.SourceRange;

/**
 * One declared support fact, as an index and an answer's citation see it. {@code id} is stable
 * and cited in answers ("support.policy.returns", "support.faq.caffeine", "support.contact");
 * {@code topic} is what the fact is about, for matching a question (a faq's question, a policy's
 * name in words); {@code text} is the fact in the brand's own words; {@code declared} is where it
 * is written, so a wrong answer can be traced to its line.
 */
public record SupportFact(String id, String topic, String text, SourceRange declared) {}
