package io.copydeck.compiler.output;

/** The campaign-level facts of a build, from its manifest.json. */
public record BuiltCampaign(String id, String title, String spec, String generator, String model) {
}
