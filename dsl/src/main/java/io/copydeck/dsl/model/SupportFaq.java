package io.copydeck.dsl.model;

/**
 * `faq caffeine { question: "..."; answer: "..." }` in a support block: a question and the brand's
 * own answer. Not {@code io.copydeck.dsl.brief.Faq}, the landing page's FAQ planned from the brief.
 */
public record SupportFaq(String id, String question, String answer, Where where) {}
