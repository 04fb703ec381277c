package io.copydeck.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.copydeck.dsl.text.TextMeasure;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.model.LengthUnit;
import io.copydeck.compiler.ConstraintCheck;
import io.copydeck.compiler.SentenceInventory;
import io.copydeck.compiler.rules.CopyRules;
import io.copydeck.compiler.rules.Facts;
import io.copydeck.compiler.rules.RuleInput;
import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Plan;
import io.copydeck.templates.Prompt;
import io.copydeck.templates.PromptRenderer;
import io.copydeck.templates.Prompts;
import io.copydeck.templates.TemplateEngine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The training corpus of the shipped model, made by Copydeck's own machinery: synthetic
 * campaigns are checked, planned and rendered with the real templates, and each prompt is
 * paired with delexicalised target copy from the {@link CopyGrammar} (facts written as slots,
 * docs/slots.md) that fits the field's limits once realised with the brief's facts. Whole
 * campaigns are held out for validation (every tenth), so validation measures new campaigns.
 */
public final class CorpusBuilder {
    public static final String END_OF_TEXT = "<|endoftext|>";
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Prompt and target together, in characters: slotted text runs at about three characters a GPT-2
     * token, so rows stay within the shipped model's 320-token context (measured: 955 characters made
     * 319 tokens).
     */
    static final int MAX_ROW_CHARS = 860;

    /**
     * Words an email paragraph's target aims at beyond its part's fewest (dsl/plan/LongForm): the pipeline
     * drops a sentence a rule finds fault with, so a model taught paragraphs just at the floor writes
     * bodies under it. The close, the offer and a line, needs none. The details get more: their frames are
     * short ("The details: {features}."), and with 6 the shipped fine-tune's details paragraphs sat at
     * their floor (15 of 24 panel emails) and one untuned brief's found none of 21 words in 9 candidates.
     */
    static final int EMAIL_PARAGRAPH_MARGIN = 6;
    static final int EMAIL_DETAILS_MARGIN = 10;

    /** Added to the seed for the German campaigns' generator, so that they are not the English ones' draws. */
    private static final long GERMAN_SEED = 1_000_003;

    /** The field's spec as a target must meet it: an email's opening and details aim above their floor. */
    static FieldSpec aimed(String kind, FieldSpec field) {
        if (!kind.equals("email") || !field.isPart() || field.part().name().equals("close")) return field;
        int most = field.limits().stream().filter(l -> l.unit() == LengthUnit.WORDS)
                .mapToInt(Length::count).min().orElse(Integer.MAX_VALUE);
        int margin = field.part().name().equals("details") ? EMAIL_DETAILS_MARGIN : EMAIL_PARAGRAPH_MARGIN;
        return field.withMinWords(Math.min(most, field.minWords() + margin));
    }

    /** What was written; {@code rejected} counts the attempts each rule turned down, by rule id. */
    public record Stats(int campaigns, int train, int valid, int skipped, Map<String, Integer> rejected) {}

    private CorpusBuilder() {}

    public static Stats write(Path outDir, int campaigns, long seed) throws IOException {
        return write(outDir, campaigns, 0, seed);
    }

    /**
     * {@code campaigns} English campaigns, then {@code german} German ones (their own generator, seeded from
     * {@code seed} too): the English rows are the same with or without German ones, so adding German changes
     * nothing the English copy was taught.
     */
    public static Stats write(Path outDir, int campaigns, int german, long seed) throws IOException {
        Files.createDirectories(outDir);
        SyntheticCampaigns english = new SyntheticCampaigns(seed);
        SyntheticCampaigns germanSynth = new SyntheticCampaigns(seed + GERMAN_SEED, GermanVocabulary.WORDS);
        TextMeasure measure = TextMeasure.ESTIMATE;
        int train = 0;
        int valid = 0;
        int skipped = 0;
        Map<String, Integer> rejected = new java.util.TreeMap<>();
        // Every sentence the targets say, in slot form: the model folder's SentenceInventory.
        java.util.Set<String> taught = new java.util.TreeSet<>();
        try (BufferedWriter trainOut = Files.newBufferedWriter(outDir.resolve("train.jsonl"), StandardCharsets.UTF_8);
             BufferedWriter validOut = Files.newBufferedWriter(outDir.resolve("valid.jsonl"), StandardCharsets.UTF_8);
             TemplateEngine engine = new TemplateEngine(null)) {
            PromptRenderer renderer = new PromptRenderer(engine);
            CopyRules rules = new CopyRules(measure);
            Map<Brief, Facts> factsByBrief = new java.util.HashMap<>();
            for (int i = 0; i < campaigns + german; i++) {
                String source = i < campaigns ? english.next(i) : germanSynth.next(i);
                CheckResult checked = Checker.checkText(Path.of("synthetic-" + i + ".campaign"), source);
                if (checked.hasErrors()) {
                    throw new IllegalStateException("the synthetic campaign generator wrote an invalid spec:\n"
                            + checked.diagnostics() + "\n" + source);
                }
                Plan plan = Interpreter.plan(checked.spec());
                Prompts prompts = renderer.render(plan, checked.spec());
                if (prompts.hasErrors()) throw new IllegalStateException("templates failed: " + prompts.diagnostics());
                boolean holdOut = i % 10 == 0;
                for (Prompt p : prompts.prompts()) {
                    CopyGrammar grammar = new CopyGrammar(p.job());
                    // Targets are slotted; they are measured as the pipeline will see them, realised with the brief's
                    // facts. A text message keeps room for the opt-out line its layout adds.
                    String reserve = p.job().kind().equals("sms") ? " " + p.job().brief().phrases().asMap()
                            .getOrDefault("opt_out", "Reply STOP to opt out") : "";
                    // A target meets every rule the pipeline checks its field by (CopyRules), realised: a
                    // model taught a looping or too-short text would learn to write one.
                    FieldSpec field = aimed(p.job().kind(), p.job().field());
                    Facts facts = factsByBrief.computeIfAbsent(p.job().brief(), Facts::of);
                    String target = grammar.write(p.job().kind(), field.name(), field.isPart() ? field.part().name() : null,
                            t -> {
                                if (p.text().length() + t.length() > MAX_ROW_CHARS) return false;
                                String realised = grammar.slots().realise(t);
                                if (!measure.fitsAll(realised + reserve, field.limits())) return false;
                                List<ConstraintCheck> checks = rules.check(new RuleInput(realised, field, facts));
                                checks.stream().filter(c -> !c.ok() && c.hard()).forEach(c -> rejected.merge(c.rule(), 1, Integer::sum));
                                return CopyRules.allHardOk(checks);
                            });
                    if (target == null) {
                        skipped++;
                        continue;
                    }
                    boolean singleLine = p.job().field().singleLine();
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("campaign", i);
                    row.put("job", p.job().id());
                    row.put("prompt", p.text());
                    row.put("completion", singleLine ? " " + target.strip() + "\n"
                            : (p.text().endsWith("\n") || target.startsWith(" ") ? "" : " ") + target + END_OF_TEXT);
                    taught.addAll(SentenceInventory.formsOf(target));
                    (holdOut ? validOut : trainOut).write(JSON.writeValueAsString(row));
                    (holdOut ? validOut : trainOut).newLine();
                    if (holdOut) valid++; else train++;
                }
            }
        }
        Files.writeString(outDir.resolve(SentenceInventory.FILE), SentenceInventory.of(taught).toFile(
                "The sentences of copydeck's training corpus in slot form (copydeck corpus --campaigns " + campaigns
                        + (german > 0 ? " --german " + german : "") + " --seed " + seed + "), one a line.\nA model trained on it writes these; the build drops any "
                        + "other sentence of its completions\n(compiler/.../SentenceInventory): two spliced into one."),
                StandardCharsets.UTF_8);
        return new Stats(campaigns + german, train, valid, skipped, Map.copyOf(rejected));
    }
}
