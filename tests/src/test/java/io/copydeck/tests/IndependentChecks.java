package io.copydeck.tests;

import com.fasterxml.jackson.databind.JsonNode;
import io.copydeck.dsl.model.Length;
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
            String text = asset.path("fields").path(job.field()).asText("");
            if (text.isBlank()) bad.add(job.field() + " is empty");
            for (Length limit : job.constraints().limits()) {
                int n = switch (limit.unit()) {
                    case CHARS -> text.codePointCount(0, text.length());
                    case WORDS -> text.isBlank() ? 0 : text.trim().split("\\s+").length;
                    default -> 0;
                };
                if (n > limit.count()) bad.add(job.field() + " has " + n + " " + limit.unit() + " > " + limit);
            }
            for (String avoid : job.constraints().avoid()) {
                if (text.toLowerCase(Locale.ROOT).contains(avoid.toLowerCase(Locale.ROOT))) {
                    bad.add(job.field() + " says \"" + avoid + "\"");
                }
            }
        }
        Job first = jobs.get(0);
        for (String m : first.constraints().mustInclude()) {
            if (!all.contains(m.toLowerCase(Locale.ROOT))) bad.add("missing \"" + m + "\"");
        }
        if (first.kind().equals("sms") && !all.contains("stop")) bad.add("SMS without opt-out");
        if (first.kind().equals("email")) {
            Object legal = ((Map<?, ?>) first.data().get("brand")).get("legal");
            if (legal != null && !all.contains(legal.toString().toLowerCase(Locale.ROOT))) bad.add("email without legal footer");
            if (!all.contains("unsubscribe")) bad.add("email without unsubscribe");
        }
        return bad;
    }
}
