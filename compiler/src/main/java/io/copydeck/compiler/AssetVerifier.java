package io.copydeck.compiler;

import io.copydeck.dsl.plan.Job;
import io.copydeck.templates.LayoutRenderer.RenderedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a finished asset against every hard constraint, from its final texts and rendered
 * files alone — independently of how they were chosen — so that nothing violating is written
 * as generated: field limits and avoided phrases, every must-include present in what is sent,
 * no avoided phrase anywhere in what is sent, SMS opt-out, email legal footer and unsubscribe line.
 */
public final class AssetVerifier {
    static final String OPT_OUT = "Reply STOP to opt out";

    private final FieldRules rules;

    public AssetVerifier(FieldRules rules) {
        this.rules = rules;
    }

    public List<ConstraintCheck> verify(List<Job> jobs, Map<String, String> fields, List<RenderedFile> files,
                                        List<String> mustInclude) {
        List<ConstraintCheck> checks = new ArrayList<>();
        for (Job job : jobs) {
            String text = fields.getOrDefault(job.field().name(), "");
            checks.addAll(rules.check(job.field().name(), text, job.field(), FactsRule.of(job.brief())));
        }
        String sent = sentText(files).toLowerCase(Locale.ROOT);
        for (String m : mustInclude) {
            checks.add(new ConstraintCheck("includes \"" + m + "\"", sent.contains(m.toLowerCase(Locale.ROOT)), true));
        }
        for (String phrase : jobs.get(0).field().avoid()) {
            checks.add(new ConstraintCheck("nothing sent says \"" + phrase + "\"",
                    !sent.contains(phrase.toLowerCase(Locale.ROOT)), true));
        }
        String kind = jobs.get(0).kind();
        if (kind.equals("sms")) {
            checks.add(new ConstraintCheck("SMS carries an opt-out", sent.contains("stop"), true));
            String message = sentText(files).strip();
            for (var limit : jobs.get(0).field().limits()) {
                if (limit.unit() != io.copydeck.dsl.model.LengthUnit.CHARS) continue;
                checks.add(new ConstraintCheck("SMS as sent ≤ " + limit,
                        message.codePointCount(0, message.length()) <= limit.count(), true));
            }
        }
        if (kind.equals("email")) {
            List<String> legal = jobs.get(0).brief().brand().legalLines();
            if (!legal.isEmpty()) {
                boolean all = legal.stream().allMatch(line -> sent.contains(line.toLowerCase(Locale.ROOT)));
                checks.add(new ConstraintCheck("email carries the legal footer", all, true));
            }
            checks.add(new ConstraintCheck("email carries an unsubscribe line", sent.contains("unsubscribe"), true));
        }
        return checks;
    }

    /** The text a recipient sees: rendered files with HTML tags dropped and entities decoded. */
    static String sentText(List<RenderedFile> files) {
        StringBuilder s = new StringBuilder();
        for (RenderedFile f : files) {
            String text = f.content();
            if (f.extension().equals("html")) {
                text = text.replaceAll("(?s)<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">")
                        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
            }
            s.append(text.replaceAll("\\s+", " ")).append('\n');
        }
        return s.toString();
    }
}
