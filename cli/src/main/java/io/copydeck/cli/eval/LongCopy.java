package io.copydeck.cli.eval;

import io.copydeck.compiler.output.BuiltAsset;
import io.copydeck.compiler.rules.Facts;
import io.copydeck.compiler.rules.Finding;
import io.copydeck.compiler.rules.Grounded;
import io.copydeck.compiler.rules.RuleInput;
import io.copydeck.compiler.rules.Sentences;
import io.copydeck.compiler.rules.Words;
import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.plan.Job;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The figures of `copydeck eval` that read an asset's fields one by one (docs/evaluation.md):
 * ungrounded words (the `grounded` rule, run again on what was built), sentences variants share,
 * and a landing page's answered FAQ questions.
 */
final class LongCopy {
    /** The fewest words of a sentence that counts as shared: "Learn more." in two variants is no copying. */
    static final int SHARED_SENTENCE_WORDS = 4;
    private static final Pattern VARIANT = Pattern.compile("/v\\d+$");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern END_MARKS = Pattern.compile("[.!?…]+$");

    private LongCopy() {}

    /**
     * The words of the asset's fields that the `grounded` rule finds (lowercase, each time it finds
     * one), against the asset's brief; fields the spec declares are the brief's by definition and left out.
     */
    static List<String> ungrounded(BuiltAsset asset, List<Job> jobs, Brief brief) {
        Map<String, FieldSpec> specs = fieldSpecs(jobs);
        Facts facts = Facts.of(brief);
        Grounded rule = new Grounded();
        List<String> words = new ArrayList<>();
        asset.fields().forEach((name, text) -> {
            FieldSpec spec = specs.getOrDefault(name, new FieldSpec(name, List.of(), false, 0, List.of(), List.of(), null));
            if (spec.isDeclared() || text == null) return;
            for (Finding f : rule.check(new RuleInput(text, spec, facts))) {
                if (f.hasSpan()) words.add(text.substring(f.start(), f.end()).toLowerCase(Locale.ROOT));
            }
        });
        return words;
    }

    /** Each field's spec by name: the first job of the field (a long field's parts share theirs). */
    static Map<String, FieldSpec> fieldSpecs(List<Job> jobs) {
        Map<String, FieldSpec> specs = new LinkedHashMap<>();
        for (Job j : jobs) specs.putIfAbsent(j.field().name(), j.field());
        return specs;
    }

    /** The asset's id without its variant: what its variants share (`…/delta/v2` is `…/delta`). */
    static String variantGroup(String assetId) {
        return VARIANT.matcher(assetId).replaceFirst("");
    }

    /**
     * The sentences of {@link #SHARED_SENTENCE_WORDS} words or more that two or more of the variants say in
     * the same field, each once, normalised (lowercase, spaces as one, no end mark), in the order first said. Fields
     * the spec declares (the same in every variant by definition) are left out, and so is a sentence that says the
     * channel's declared call to action ("Open a Goal Saver!", "Become a River Guardian today."), which every
     * variant ends in (selection lets variants share it too: FieldSelector's echoes).
     */
    static List<String> sharedSentences(List<BuiltAsset> variants, Set<String> declared, Set<String> ctas) {
        Set<String> asked = new java.util.HashSet<>();
        ctas.forEach(c -> asked.add(normal(c)));
        Map<String, Map<String, Integer>> byField = new LinkedHashMap<>();
        for (BuiltAsset a : variants) {
            a.fields().forEach((field, text) -> {
                if (declared.contains(field) || text == null) return;
                Set<String> said = new LinkedHashSet<>();
                for (Sentences.Sentence s : Sentences.of(text)) {
                    if (Words.count(s.text()) >= SHARED_SENTENCE_WORDS) said.add(normal(s.text()));
                }
                Map<String, Integer> counts = byField.computeIfAbsent(field, k -> new LinkedHashMap<>());
                said.forEach(s -> counts.merge(s, 1, Integer::sum));
            });
        }
        List<String> shared = new ArrayList<>();
        byField.values().forEach(counts -> counts.forEach((s, n) -> {
            if (n >= 2 && asked.stream().noneMatch(s::contains)) shared.add(s);
        }));
        return shared;
    }

    /** A sentence as variants are compared: lowercase, spaces as one, without its end mark. */
    private static String normal(String sentence) {
        return END_MARKS.matcher(BLANKS.matcher(sentence.strip().toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceFirst("");
    }

    /** A landing page's FAQ: its questions (lines starting `Q:`) and those the next line answers (`A:` and text). */
    record Faq(int questions, int answered) {
        static final Faq NONE = new Faq(0, 0);

        Faq plus(Faq o) {
            return new Faq(questions + o.questions, answered + o.answered);
        }
    }

    static Faq faq(String text) {
        if (text == null) return Faq.NONE;
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) if (!line.isBlank()) lines.add(line.strip());
        int questions = 0, answered = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("Q:")) continue;
            questions++;
            String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
            if (next.startsWith("A:") && !next.substring(2).isBlank()) answered++;
        }
        return new Faq(questions, answered);
    }

    /** The declared fields of an asset's jobs: the same in every variant. */
    static Set<String> declaredFields(List<Job> jobs) {
        Set<String> declared = new java.util.HashSet<>();
        for (Job j : jobs) if (j.field().isDeclared()) declared.add(j.field().name());
        return declared;
    }

    /** Counts by word, most found first, then alphabetical. */
    static Map<String, Integer> byCount(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
