package io.copydeck.compiler;

import io.copydeck.compiler.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule checked on an asset: the rule's id (`length`, `computed-facts`, `sms-opt-out`), the
 * field it was checked on (null for a rule of the whole asset), what the rule asks in words
 * (`subject ≤ 55 chars`), whether it held, whether it is hard (an asset breaking it is not
 * written as generated), and what was found wrong, with where.
 */
public record ConstraintCheck(String rule, String field, String requirement, boolean ok, boolean hard,
                              List<Finding> findings) {
    public ConstraintCheck {
        findings = List.copyOf(findings);
    }

    /** A hard rule's result: it held when nothing was found. */
    public static ConstraintCheck of(String rule, String field, String requirement, List<Finding> findings) {
        return new ConstraintCheck(rule, field, requirement, findings.isEmpty(), true, findings);
    }

    /** A line for a person that checks nothing itself (the copy deck's summary of quiet checks). */
    public static ConstraintCheck note(String rule, String message) {
        return new ConstraintCheck(rule, null, message, true, false, List.of());
    }

    /** What the rule asks, and when it failed, what was found: `subject ≤ 55 chars: 61 chars, more than 55`. */
    public String message() {
        if (findings.isEmpty()) return requirement;
        List<String> found = findings.stream().map(Finding::message).distinct().toList();
        return requirement + ": " + String.join("; ", found);
    }

    /** As written in asset JSON and shown in the copy deck; spans are in the field's text. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", rule);
        if (field != null) m.put("field", field);
        m.put("ok", ok);
        m.put("message", message());
        if (!findings.isEmpty()) {
            List<Map<String, Object>> spans = new ArrayList<>();
            for (Finding f : findings) {
                Map<String, Object> span = new LinkedHashMap<>();
                if (f.hasSpan()) {
                    span.put("start", f.start());
                    span.put("end", f.end());
                }
                span.put("message", f.message());
                spans.add(span);
            }
            m.put("spans", spans);
        }
        return m;
    }
}
