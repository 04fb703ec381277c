package io.copydeck.tests;

import com.fasterxml.jackson.databind.JsonNode;
import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.model.LengthUnit;
import io.copydeck.dsl.text.TextMeasure;
import io.copydeck.dsl.plan.Job;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Re-checks a written asset against its plan with code of its own (not the pipeline's): every
 * field within its limits, no avoided phrase, every must-include in what is sent, the SMS
 * opt-out, the email footer. Returns the violations, empty when the asset is sound.
 */
final class IndependentChecks {
    private IndependentChecks() {}

    static List<String> violations(JsonNode asset, Path assetsDir, List<Job> jobs) throws Exception {
        List<String> bad = new ArrayList<>();
        StringBuilder sent = new StringBuilder();
        var files = asset.path("files").fields();
        while (files.hasNext()) {
            String content = Files.readString(assetsDir.resolve(files.next().getValue().asText()));
            sent.append(content.replaceAll("<[^>]+>", " ").replace("&amp;", "&")).append('\n');
        }
        String all = sent.toString().toLowerCase(Locale.ROOT);
        for (Job job : jobs) {
            String text = asset.path("fields").path(job.field().name()).asText("");
            if (text.isBlank()) bad.add(job.field().name() + " is empty");
            for (Length limit : job.field().limits()) {
                // Tokens need the model's tokenizer; the other units are measured as limits count them.
                int n = limit.unit() == LengthUnit.TOKENS ? 0 : TextMeasure.ESTIMATE.measure(text, limit.unit());
                if (n > limit.count()) bad.add(job.field().name() + " has " + n + " " + limit.unit() + " > " + limit);
            }
            for (String avoid : job.field().avoid()) {
                if (text.toLowerCase(Locale.ROOT).contains(avoid.toLowerCase(Locale.ROOT))) {
                    bad.add(job.field().name() + " says \"" + avoid + "\"");
                }
            }
        }
        Job first = jobs.get(0);
        for (String m : first.field().mustInclude()) {
            if (!all.contains(m.toLowerCase(Locale.ROOT))) bad.add("missing \"" + m + "\"");
        }
        if (first.kind().equals("sms") && !all.contains("stop")) bad.add("SMS without opt-out");
        if (first.kind().equals("email")) {
            for (String line : first.brief().brand().legalLines()) {
                if (!all.contains(line.toLowerCase(Locale.ROOT))) bad.add("email without legal footer line \"" + line + "\"");
            }
            if (!all.contains("unsubscribe")) bad.add("email without unsubscribe");
        }
        return bad;
    }
}
