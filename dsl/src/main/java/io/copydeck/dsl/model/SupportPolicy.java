package io.copydeck.dsl.model;

/**
 * `policy returns { text: "..." }` in a support block: a rule customers ask about. Named
 * SupportPolicy beside {@link Pricing}'s promos so that "policy" never reads as a pricing rule.
 */
public record SupportPolicy(String id, String text, Where where) {}
