package io.copydeck.compiler;

/** One rule checked on a text: `subject ≤ 60 chars`, `avoids "cheap"`, and whether it held. */
public record ConstraintCheck(String rule, boolean ok, boolean hard) {}
