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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-checks a written asset against its plan with code of its own (not the pipeline's rules): every
 * field within its limits, no avoided phrase, every must-include in what is sent, the SMS
 * opt-out, the email footer, and every price, percentage and code sent a fact of the brief.
 * Returns the violations, empty when the asset is sound.
 */
final class IndependentChecks {
    /** A price ("$2.79", "2,79 €"), a percentage ("15%") or a code in capitals with digits ("AUTUMN15"). */
    private static final Pattern FACT_TOKEN = Pattern.compile("\\p{Sc}\\s?\\d+(?:[.,]\\d+)*|\\d+(?:[.,]\\d+)*\\s?[\\p{Sc}%]"
            + "|\\b[A-Z]{2,}[A-Z0-9]*\\d[A-Z0-9]*\\b");

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
            for (Length limit : job.field().whole().limits()) {
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
        for (String token : unbackedTokens(sent.toString(), first)) bad.add("states \"" + token + "\", which no fact of the brief does");
        return bad;
    }

    /**
     * The prices, percentages and codes in the sent text that appear in no fact of the brief (nor its
     * offer line, nor the texts the spec makes the channel include) as a whole token: "$2" is not
     * backed by "$2.79".
     */
    static List<String> unbackedTokens(String sent, Job job) {
        List<String> facts = new ArrayList<>(job.brief().facts());
        if (job.brief().offerLine() != null) facts.add(job.brief().offerLine());
        facts.addAll(job.field().mustInclude());
        String known = String.join("\n", facts).toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
        List<String> bad = new ArrayList<>();
        Matcher m = FACT_TOKEN.matcher(sent.replace('\u00a0', ' '));
        while (m.find()) {
            String token = m.group().strip().toLowerCase(Locale.ROOT);
            if (!wholeIn(known, token) && !bad.contains(token)) bad.add(token);
        }
        return bad;
    }

    private static boolean wholeIn(String text, String token) {
        for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
            int end = at + token.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean after = end == text.length() || !(Character.isDigit(text.charAt(end))
                    || (end + 1 < text.length() && ".,".indexOf(text.charAt(end)) >= 0 && Character.isDigit(text.charAt(end + 1))));
            if (before && after) return true;
        }
        return false;
    }
}
