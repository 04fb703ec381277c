package io.copydeck.support;

import java.util.List;

/**
 * One fact an answer may state and cite. {@code id} is stable across builds and cited in answers
 * ("product.checkup.price", "promo.spring.code", "support.policy.returns"); {@code topic} is what the
 * fact is about, in words a customer asks with (the product's name and "price cost how much"), for
 * matching a question; {@code text} is the fact as a sentence in the campaign's language, every price,
 * code and date in it as the interpreter computed it; {@code slots} are the slot values the model's
 * phrasing of this fact may use ({@code {product}}, {@code {price}}): empty for a fact the model's slot
 * language has no words for (a policy, a faq), which is then always answered in its own words.
 */
public record AnswerFact(String id, String topic, String text, List<Slot> slots) {
    public AnswerFact {
        slots = List.copyOf(slots);
    }

    public AnswerFact(String id, String topic, String text) {
        this(id, topic, text, List.of());
    }

    /** A slot the model may write ({@code product}, {@code benefit.0}) and the fact's text it stands for. */
    public record Slot(String name, String value) {}
}
