package io.copydeck.compiler;

/** One rule checked on a text: `subject ≤ 60 chars`, `avoids "cheap"`, and whether it held. */
public record ConstraintCheck(String rule, boolean ok, boolean hard) {
    /** As written in asset JSON and shown in the copy deck. */
    public java.util.Map<String, Object> toMap() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("rule", rule);
        m.put("ok", ok);
        return m;
    }
}
