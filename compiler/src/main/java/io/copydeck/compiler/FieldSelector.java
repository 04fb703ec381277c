package io.copydeck.compiler;

import io.copydeck.compiler.rules.CopyRules;
import io.copydeck.compiler.rules.Facts;
import io.copydeck.compiler.rules.RuleInput;
import io.copydeck.compiler.rules.Sentences;
import io.copydeck.compiler.rules.Words;
import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.brief.SlotRealiser;
import io.copydeck.dsl.text.TextMeasure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks a field's text among its candidates: each is cleaned, mended by the rules' repairs, fitted
 * to its limits and checked against every rule of {@link CopyRules}; of those that pass, the
 * likeliest per token wins (earlier candidates win ties), except that a text another variant of
 * the same field already took, or one cut mid-sentence to fit, is taken only when nothing better
 * passes. When none passes, the result says which rule failed most, so the error is actionable.
 */
public final class FieldSelector {
    /**
     * The chosen text (null when none passed), its checks, and why none passed otherwise. {@code spliced}: it
     * keeps a sentence the model was never taught, since the part fell short without it. {@code repeated}:
     * the text is an earlier variant's; {@code echoes}: it says a sentence an earlier variant of the field said,
     * one with its call to action aside (every variant asks for the same thing); {@code restates}: it says one an
     * earlier part of its text said (two blocks of a landing page both saying "Storm Kit was made around it.").
     */
    public record Selection(String field, String text, List<ConstraintCheck> checks, String failure, boolean cut,
                            boolean repeated, boolean echoes, boolean restates, boolean spliced) {
        public boolean ok() { return text != null; }

        /** No text: {@code failure} says why. */
        public static Selection failed(String field, String failure) {
            return new Selection(field, null, List.of(), failure, false, false, false, false, false);
        }

        /** A whole text was chosen, not one cut mid-sentence to fit: worth another round when it was not. */
        public boolean whole() { return ok() && !cut; }

        /**
         * Good enough to stop generating for: whole, and saying nothing another variant said. Variants exist
         * to be compared, so one that opens with the other's "Meet Ledgerline Studio: paid on time." gets
         * another round (measured: with one candidate per part and round, 17 shared sentences on the panel).
         */
        public boolean settled() { return whole() && !repeated && !echoes && !restates && !spliced; }
    }

    /** How two variants' texts compare: case, spacing and punctuation aside. */
    public static String sameness(String text) {
        StringBuilder s = new StringBuilder();
        Words.of(text.toLowerCase(Locale.ROOT)).forEach(w -> s.append(w.text()).append(' '));
        return s.toString().strip();
    }

    private final CopyRules rules;
    private final java.util.Optional<SentenceInventory> taught;

    public FieldSelector(CopyRules rules) {
        this(rules, java.util.Optional.empty());
    }

    /** @param taught the sentences the model was taught: a candidate's other sentences are dropped first */
    public FieldSelector(CopyRules rules, java.util.Optional<SentenceInventory> taught) {
        this.rules = rules;
        this.taught = taught;
    }

    public Selection select(FieldSpec field, List<RawCompletion> candidates, Facts facts) {
        return select(field, candidates, facts, Set.of());
    }

    /**
     * How much a candidate loses for what its repairs dropped, against its likelihood per token
     * (typically -0.5 to -3): a text that lost half its sentences ranks after a whole one a little
     * less likely.
     */
    static final double DROPPED_WEIGHT = 4.0;

    /**
     * What a candidate loses for each sentence another variant or an earlier part of the field said
     * already: more than the likelihood per token of most candidates differs by, so a fresh text wins.
     */
    static final double SHARED_WEIGHT = 1.5;

    /** What a candidate loses for each spliced sentence it keeps (see {@link SentenceInventory}): as for a shared one. */
    static final double SPLICED_WEIGHT = 1.5;

    /** The sentences of a text, each by {@link #sameness}, those of four words or more: what variants must not share. */
    public static Set<String> sentences(String text) {
        Set<String> all = new java.util.LinkedHashSet<>();
        for (Sentences.Sentence s : Sentences.of(text)) {
            if (Words.of(s.text()).size() >= 4) all.add(sameness(s.text()));
        }
        return all;
    }

    /** @param taken the texts earlier variants of this field chose, by {@link #sameness} */
    public Selection select(FieldSpec field, List<RawCompletion> candidates, Facts facts, Set<String> taken) {
        return select(field, candidates, facts, taken, Set.of(), Set.of());
    }

    /**
     * @param taken  the texts earlier variants of this field (or part) chose, by {@link #sameness}
     * @param said   the sentences earlier variants of this field chose, by {@link #sentences}
     * @param inText the sentences earlier parts of this asset's field chose
     */
    public Selection select(FieldSpec field, List<RawCompletion> candidates, Facts facts, Set<String> taken,
                            Set<String> said, Set<String> inText) {
        return select(field, candidates, facts, new Others(new Chosen(taken, said), Chosen.NONE, inText));
    }

    /** What other variants of a field chose: their texts of this part, by {@link #sameness}, and their sentences, by {@link #sentences}. */
    public record Chosen(Set<String> texts, Set<String> sentences) {
        public static final Chosen NONE = new Chosen(Set.of(), Set.of());

        public Chosen {
            texts = Set.copyOf(texts);
            sentences = Set.copyOf(sentences);
        }
    }

    /**
     * What the field's other texts chose, which a candidate should not say again. {@code earlier}: earlier
     * variants'; a text that says one of their sentences (or is one of their texts) ranks lower, loses the
     * sentence where it can spare it, and is not {@link Selection#settled}: the later variant is the one to write
     * again. {@code later}: later variants', as chosen the time before; ranked and dropped alike, but no reason
     * for another round, so that a sentence the later variant could not do without goes from the earlier one
     * when that one can spare it. {@code inText}: the sentences earlier parts of this asset's field chose (a
     * post's earlier sections); one of them is dropped first, since the field is read as one text and must not
     * say one thing twice.
     */
    public record Others(Chosen earlier, Chosen later, Set<String> inText) {
        public static final Others NONE = new Others(Chosen.NONE, Chosen.NONE, Set.of());

        public Others {
            inText = Set.copyOf(inText);
        }

        /** Every other variant's sentences. */
        Set<String> said() {
            Set<String> all = new java.util.HashSet<>(earlier.sentences());
            all.addAll(later.sentences());
            return all;
        }
    }

    public Selection select(FieldSpec field, List<RawCompletion> candidates, Facts facts, Others others) {
        return select(field, candidates, facts, others, field.minWords());
    }

    /**
     * As {@link #select(FieldSpec, List, Facts, Others)}, where a text may give up another text's sentences down
     * to {@code spareTo} words (a long field's part, by {@link PartFloor}) once it has its field's fewest.
     */
    public Selection select(FieldSpec field, List<RawCompletion> candidates, Facts facts, Others others, int spareTo) {
        Set<String> said = others.said();
        Set<String> inText = others.inText();
        String best = null;
        boolean bestCut = false;
        boolean bestRepeated = false;
        boolean bestEchoes = false;
        boolean bestRestates = false;
        boolean bestSpliced = false;
        List<ConstraintCheck> bestChecks = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        Map<String, Integer> failures = new LinkedHashMap<>();
        List<String> declared = said.isEmpty() ? List.of() : declaredFacts(facts);
        for (RawCompletion raw : candidates) {
            // The model names the brief's facts by slot ("Meet {product}."): every slot is realised
            // first. A slot the brief cannot fill stays as written, and the `slots` rule's repair drops
            // its sentence (or list line) below; the text must still meet every rule after that.
            // A sentence the model was never taught is two spliced into one: it goes first, and counts
            // against the candidate as what the repairs drop does.
            // Without them a part may fall short of its words: then it keeps the fewest it needs, ranks lower
            // for each, and is worth another round.
            String written = withoutCutSlot(raw);
            java.util.function.Function<String, String> cleanOf = t -> TextCleaner.clean(
                    SlotRealiser.realise(t, facts.brief()).text(), field.singleLine(), raw.complete());
            SentenceInventory.Kept kept = taught.map(t -> t.keep(written,
                    x -> TextMeasure.words(cleanOf.apply(x)) >= field.minWords())).orElse(new SentenceInventory.Kept(written, 0));
            int splices = kept.splices();
            String whole = cleanOf.apply(written);
            String clean = kept.text().equals(written) ? whole : cleanOf.apply(kept.text());
            // The rules mend what they can without inventing anything: a garbled product name becomes
            // the real one, a sentence with a price, code or name no fact backs goes (the layout
            // states the real offer).
            String cleaned = rules.repair(new RuleInput(clean, field, facts));
            // A sentence an earlier part or another variant said goes, while the part keeps the words it needs.
            boolean full = TextMeasure.words(cleaned) >= field.minWords();
            int own = Math.max(spareTo, field.minWords());
            int floor = full ? spareTo : own;
            String atOwn = withoutOthers(cleaned, inText, said, declared, own);
            // Under its own floor (PartFloor) only while it still states a fact of the brief: measured, a
            // groomer's email dropped "The details: heated van." and its offer line, which the other variant
            // said too, and kept "It's easy to get started and easy to stick with." alone.
            String under = floor < own ? withoutOthers(atOwn, inText, said, declared, floor) : atOwn;
            cleaned = !statesAFact(atOwn, facts) || statesAFact(under, facts) ? under : atOwn;
            int checkedFloor = TextMeasure.words(cleaned) < own ? floor : own;
            // What the repairs dropped counts against a candidate: the rest of a text that lost most of
            // its sentences is grounded, but a whole text says more.
            double dropped = 1 - Math.min(1.0, (double) cleaned.length() / Math.max(1, whole.length()));
            // Too long? Cut back to a sentence end, or a word, that fits every limit.
            TextCleaner.Fitted fitted = TextCleaner.fit(cleaned, t -> rules.withinLimits(t, field));
            String text = fitted == null ? cleaned : fitted.text();
            List<ConstraintCheck> checks = rules.check(new RuleInput(text, field.withMinWords(checkedFloor), facts));
            if (!CopyRules.allHardOk(checks)) {
                checks.stream().filter(c -> !c.ok() && c.hard())
                        .forEach(c -> failures.merge(c.requirement() + " [" + c.rule() + "]", 1, Integer::sum));
                continue;
            }
            // Likelihood per token; another variant's text comes after every fresh one, and a text
            // cut mid-sentence is a last resort, after every whole one.
            String same = sameness(text);
            boolean repeated = others.earlier().texts().contains(same);
            boolean repeats = repeated || others.later().texts().contains(same);
            long shared = said.isEmpty() && inText.isEmpty() ? 0
                    : sentences(text).stream().filter(x -> said.contains(x) || inText.contains(x)).count();
            double score = raw.logProb() / Math.max(1, raw.tokens()) - DROPPED_WEIGHT * dropped - SHARED_WEIGHT * shared
                    - (repeats ? 100 : 0) - SPLICED_WEIGHT * splices
                    - (fitted != null && fitted.cutMidSentence() ? 1000 : 0);
            if (score > bestScore) {
                best = text;
                bestCut = fitted != null && fitted.cutMidSentence();
                bestRepeated = repeated;
                bestEchoes = echoes(text, others.earlier().sentences(), facts);
                bestRestates = echoes(text, inText, facts);
                bestSpliced = splices > 0;
                bestChecks = checks;
                bestScore = score;
            }
        }
        if (best != null) {
            return new Selection(field.name(), best, bestChecks, null, bestCut, bestRepeated, bestEchoes, bestRestates,
                    bestSpliced);
        }
        List<String> reasons = new ArrayList<>();
        failures.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> reasons.add(e.getKey() + " (failed by " + e.getValue() + " of " + candidates.size() + ")"));
        return new Selection(field.name(), null, List.of(), "no candidate met every rule: " + String.join("; ", reasons),
                false, false, false, false, false);
    }

    /**
     * {@code text} without the sentences an earlier part of it said ({@code inText}) and those another variant
     * said, as many as it can spare down to {@code minWords}. A part generated on its own cannot know what the
     * others said, and a repeat that stays ranks lower. One that names what is sold or its call to action stays
     * when it is the text's only sentence that does, since every variant has to say those.
     */
    private static String withoutOthers(String text, Set<String> inText, Set<String> said, List<String> declared,
                                        int minWords) {
        String kept = inText.isEmpty() ? text
                : Spared.drop(text, sentence -> inText.contains(sameness(sentence.text())), minWords);
        return said.isEmpty() ? kept : withoutEchoes(kept, said, declared, minWords);
    }

    /** The slots whose facts a text states, beside naming the brand or what is sold. */
    private static final List<String> STATED = List.of("benefit", "feature", "motivation", "pain", "need", "proof",
            "unlike", "offer", "price", "sale_price", "savings", "discount", "code", "ends", "items");

    /** Whether {@code text} states one of the brief's facts (a benefit, a feature, the offer...), by its words. */
    static boolean statesAFact(String text, Facts facts) {
        String lower = text.toLowerCase(Locale.ROOT);
        io.copydeck.dsl.brief.Slots slots = io.copydeck.dsl.brief.Slots.of(facts.brief());
        return slots.names().stream().filter(n -> STATED.contains(n.contains(".") ? n.substring(0, n.indexOf('.')) : n))
                .map(slots::value).flatMap(java.util.Optional::stream)
                .anyMatch(v -> lower.contains(v.toLowerCase(Locale.ROOT)));
    }

    /**
     * {@code text} without the sentences another variant said, as many as it can spare (see {@link Spared}),
     * except those naming a declared fact when no fresh sentence of the text names one.
     */
    private static String withoutEchoes(String text, Set<String> said, List<String> declared, int minWords) {
        java.util.function.Predicate<Sentences.Sentence> echo = sentence -> Words.of(sentence.text()).size() >= 4
                && said.contains(sameness(sentence.text()));
        boolean namedFreshly = Sentences.of(text).stream().anyMatch(x -> !echo.test(x) && names(x.text(), declared));
        return Spared.drop(text, sentence -> echo.test(sentence) && (namedFreshly || !names(sentence.text(), declared)),
                minWords);
    }

    /** Whether {@code text} says a sentence of {@code said}, one with the call to action aside. */
    private static boolean echoes(String text, Set<String> said, Facts facts) {
        if (said.isEmpty()) return false;
        String cta = facts.brief().channel().cta();
        String asked = cta == null || cta.isBlank() ? null : sameness(cta);
        return sentences(text).stream().anyMatch(s -> said.contains(s) && (asked == null || !s.contains(asked)));
    }

    /** The brand, what is sold (a bundle's items too) and the call to action, lowercase: what every variant says. */
    private static List<String> declaredFacts(Facts facts) {
        var brief = facts.brief();
        List<String> declared = new ArrayList<>(List.of(brief.brand().name(), brief.offering().name()));
        if (brief.channel().cta() != null) declared.add(brief.channel().cta());
        if (brief.offering() instanceof io.copydeck.dsl.brief.Offering.Bundle b) b.items().forEach(i -> declared.add(i.name()));
        return declared.stream().filter(d -> d != null && !d.isBlank()).map(d -> d.toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether a sentence says one of {@code declared} (lowercase). */
    private static boolean names(String sentence, List<String> declared) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return declared.stream().anyMatch(lower::contains);
    }

    /**
     * The raw text without a slot the token limit cut ("… with {bene"): cleaning drops that
     * unfinished sentence anyway, so it is no slot the model got wrong.
     */
    static String withoutCutSlot(RawCompletion raw) {
        String text = raw.text();
        if (raw.complete()) return text;
        int open = text.lastIndexOf('{');
        return open >= 0 && text.indexOf('}', open) < 0 && text.indexOf('\n', open) < 0 ? text.substring(0, open) : text;
    }
}
