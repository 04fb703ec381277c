package io.copydeck.support;

import io.copydeck.compiler.CompletionRequest;
import io.copydeck.compiler.CompletionSource;
import io.copydeck.compiler.RawCompletion;
import io.copydeck.dsl.brief.Language;
import io.copydeck.dsl.plan.Decoding;
import io.copydeck.dsl.plan.Seeds;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GPT-2 phrases a fact the way the shipped model was trained to write (delexicalised, docs/slots.md):
 * its prompt shows the fact by slot ({@code Product: {product}}, {@code Price: {price}}), its text names
 * the fact by slot, and the slots are filled here from the fact alone. The phrasing is kept only when
 * every slot it writes is one the fact has, it states the fact ({@link #statesTheFact}) and the filled
 * text passes {@link AnswerGrounding}; else the answer is the fact's own words. With the shipped model
 * that is every time (docs/support.md): it writes marketing copy ("{brand}: Here's something new.
 * {product} is here."), not answers.
 *
 * <p>The customer's question is never part of the prompt: the prompt is the fact's slots only, so no
 * text in a question can instruct the model. So the phrasing depends on the fact alone, and is made once
 * per fact (a fixed seed from the fact's id, greedy-ish decoding) and remembered: answering stays
 * deterministic and a repeated fact costs no model call. The model runtime is not known to be safe for
 * concurrent calls, so calls are serialised on the source.
 */
public final class ModelPhrasing implements Phrasing {
    private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+(?:\\.[0-9]+)?)}");
    /** Low temperature and a tight top-k: a support answer wants the model's likeliest sentence. */
    static final Decoding DECODING = new Decoding(0.3, 5, 0.9, 1.1, 48);
    static final int MOST_CHARS = 240;

    private final CompletionSource source;
    private final Language language;
    /** Keyed by the whole fact, not its id: a reloaded spec whose fact says something new is phrased anew. */
    private final Map<AnswerFact, Optional<String>> phrased = new ConcurrentHashMap<>();
    private final AtomicInteger tried = new AtomicInteger();
    private final AtomicInteger passed = new AtomicInteger();

    public ModelPhrasing(CompletionSource source, Language language) {
        this.source = source;
        this.language = language;
    }

    @Override
    public Optional<String> phrase(AnswerFact fact) {
        if (fact.slots().isEmpty()) return Optional.empty();
        return phrased.computeIfAbsent(fact, f -> generate(f));
    }

    /** Facts the model was asked to phrase, and how many of its phrasings were faithful. */
    public Stats stats() {
        return new Stats(tried.get(), passed.get());
    }

    public record Stats(int tried, int passed) {}

    private Optional<String> generate(AnswerFact fact) {
        String prompt = prompt(fact);
        RawCompletion raw;
        synchronized (source) {
            raw = source.complete(List.of(new CompletionRequest(prompt, DECODING, Seeds.of("answer#" + fact.id()),
                    List.of(), List.of("\n")))).get(0);
        }
        tried.incrementAndGet();
        Optional<String> text = realise(raw.text().strip(), fact);
        if (text.isEmpty() || text.get().length() > MOST_CHARS || !statesTheFact(text.get(), fact)
                || !AnswerGrounding.unbacked(text.get(), List.of(fact), language).isEmpty()) {
            return Optional.empty();
        }
        passed.incrementAndGet();
        return text;
    }

    /**
     * Whether the phrasing says what the fact says, not only what it is about: it holds the value of at
     * least one of the fact's slots beside the product's name (the price of a price fact, a feature of a
     * features fact). "{product} is here. See the details." is faithful and answers nothing.
     */
    static boolean statesTheFact(String text, AnswerFact fact) {
        List<AnswerFact.Slot> said = fact.slots().stream().filter(s -> !s.name().equals("product")).toList();
        return said.isEmpty() || said.stream().anyMatch(s -> text.contains(s.value()));
    }

    /** The fact by slot, in the layout of the model's text-message prompts: the shortest brief it knows. */
    static String prompt(AnswerFact fact) {
        StringBuilder p = new StringBuilder("Text message brief, 1 of 1\n");
        StringBuilder benefits = new StringBuilder();
        StringBuilder features = new StringBuilder();
        for (AnswerFact.Slot s : fact.slots()) {
            String name = s.name();
            if (name.equals("product")) p.append("Product: {product}\n");
            else if (name.startsWith("benefit.")) benefits.append(benefits.isEmpty() ? "" : "; ").append('{').append(name).append('}');
            else if (name.startsWith("feature.")) features.append(features.isEmpty() ? "" : "; ").append('{').append(name).append('}');
        }
        if (!benefits.isEmpty()) p.append("Benefits: ").append(benefits).append('\n');
        if (!features.isEmpty()) p.append("Features: ").append(features).append('\n');
        if (has(fact, "offer")) p.append("Offer: {offer}\n");
        if (has(fact, "code") || has(fact, "discount") || has(fact, "ends") || has(fact, "sale_price")) {
            p.append("Promo:");
            if (has(fact, "code")) p.append(" code {code},");
            if (has(fact, "discount")) p.append(" {discount} off,");
            if (has(fact, "sale_price")) p.append(" now {sale_price},");
            if (has(fact, "ends")) p.append(" until {ends},");
            p.setLength(p.length() - 1);
            p.append('\n');
        }
        if (has(fact, "price")) p.append("Price: {price}\n");
        p.append("Length: at most 160 chars\nSMS:");
        return p.toString();
    }

    private static boolean has(AnswerFact fact, String slot) {
        return fact.slots().stream().anyMatch(s -> s.name().equals(slot));
    }

    /** Every slot filled from the fact; empty when the text writes a slot the fact has not. */
    static Optional<String> realise(String text, AnswerFact fact) {
        if (text.isBlank()) return Optional.empty();
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = fact.slots().stream().filter(s -> s.name().equals(m.group(1))).map(AnswerFact.Slot::value)
                    .findFirst().orElse(null);
            if (value == null) return Optional.empty();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        String realised = out.toString();
        return realised.indexOf('{') >= 0 || realised.indexOf('}') >= 0 ? Optional.empty() : Optional.of(realised);
    }
}
