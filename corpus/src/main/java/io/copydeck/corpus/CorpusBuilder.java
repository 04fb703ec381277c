package io.copydeck.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.copydeck.dsl.text.TextMeasure;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.model.Length;
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

    public record Stats(int campaigns, int train, int valid, int skipped) {}

    private CorpusBuilder() {}

    public static Stats write(Path outDir, int campaigns, long seed) throws IOException {
        Files.createDirectories(outDir);
        SyntheticCampaigns synth = new SyntheticCampaigns(seed);
        TextMeasure measure = TextMeasure.ESTIMATE;
        int train = 0;
        int valid = 0;
        int skipped = 0;
        try (BufferedWriter trainOut = Files.newBufferedWriter(outDir.resolve("train.jsonl"), StandardCharsets.UTF_8);
             BufferedWriter validOut = Files.newBufferedWriter(outDir.resolve("valid.jsonl"), StandardCharsets.UTF_8);
             TemplateEngine engine = new TemplateEngine(null)) {
            PromptRenderer renderer = new PromptRenderer(engine);
            for (int i = 0; i < campaigns; i++) {
                String source = synth.next(i);
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
                    String target = grammar.write(p.job().kind(), p.job().field().name(),
                            t -> p.text().length() + t.length() <= MAX_ROW_CHARS
                                    && measure.fitsAll(grammar.slots().realise(t) + reserve, p.job().field().limits()));
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
                    (holdOut ? validOut : trainOut).write(JSON.writeValueAsString(row));
                    (holdOut ? validOut : trainOut).newLine();
                    if (holdOut) valid++; else train++;
                }
            }
        }
        return new Stats(campaigns, train, valid, skipped);
    }
}
