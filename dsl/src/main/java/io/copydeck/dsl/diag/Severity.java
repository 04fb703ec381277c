package io.copydeck.dsl.diag;

/** Errors stop generation; warnings and infos do not. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
