package io.copydeck.compiler;

/** What every output of a build records about how it was made. */
public record BuildInfo(String campaign, String title, String spec, String generator, String modelChecksum) {
    public static final String GENERATOR = "copydeck 0.1.0";
}
