package io.copydeck.cli;

import picocli.CommandLine.Option;

/** `--color auto|always|never`, shared by every command that prints diagnostics. */
final class ColorOption {
    @Option(names = "--color", defaultValue = "auto", description = "auto, always or never (default: ${DEFAULT-VALUE})")
    ColorMode color;
}
