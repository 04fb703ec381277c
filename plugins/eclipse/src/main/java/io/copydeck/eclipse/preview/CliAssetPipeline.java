package io.copydeck.eclipse.preview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The preview's actions through the `copydeck` command line, in a separate process: the model
 * runtime (TensorFlow, hundreds of MB of natives) stays out of the IDE, and a build the user
 * cancels is simply killed. Regenerating a channel is `copydeck build --regenerate CHANNEL`: fresh
 * copy for that channel only (the others come from the generation cache), kept in copydeck.lock.
 */
public final class CliAssetPipeline implements AssetPipeline {
    private final Path cli;

    public CliAssetPipeline(Path cli) {
        this.cli = cli;
    }

    /** The launcher: -Dcopydeck.cli, $COPYDECK_CLI, or `copydeck` on the PATH. */
    public static Optional<Path> locate() {
        String configured = System.getProperty("copydeck.cli", System.getenv("COPYDECK_CLI"));
        if (configured != null && Files.isExecutable(Path.of(configured))) return Optional.of(Path.of(configured));
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "copydeck");
            if (Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    @Override
    public void regenerate(Path spec, Path outputFolder, String channelKey, IProgressMonitor monitor) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(cli.toString(), "build", spec.toString(), "--keep-going"));
        if (outputFolder != null) cmd.addAll(List.of("--out", outputFolder.toString()));
        if (channelKey != null) cmd.addAll(List.of("--regenerate", channelKey));
        run(cmd, spec.getParent(), channelKey == null ? "Generating assets of " + spec.getFileName()
                : "Regenerating " + channelKey + " of " + spec.getFileName(), monitor);
    }

    @Override
    public void approve(Path spec, Path outputFolder, String assetId, IProgressMonitor monitor) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(cli.toString(), "approve", "--spec", spec.toString(), assetId));
        if (outputFolder != null) cmd.addAll(List.of("--out", outputFolder.toString()));
        SubMonitor steps = SubMonitor.convert(monitor, "Approving " + assetId, 2);
        run(cmd, spec.getParent(), "Approving " + assetId, steps.split(1));
        // `approve` writes only copydeck.lock; a build (every completion from the cache, no model
        // call) makes the outputs, and so the preview and the copy deck, show the asset approved.
        regenerate(spec, outputFolder, null, steps.split(1));
    }

    private static void run(List<String> cmd, Path dir, String task, IProgressMonitor monitor) throws Exception {
        monitor.beginTask(task, IProgressMonitor.UNKNOWN);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            Thread pump = new Thread(() -> {
                try {
                    for (String line; (line = r.readLine()) != null; ) {
                        output.append(line).append('\n');
                        monitor.subTask(line);
                    }
                } catch (IOException ignored) {
                    // the process ended or was killed: its output so far is in `output`
                }
            }, "copydeck-cli-output");
            pump.start();
            while (p.isAlive()) {
                if (monitor.isCanceled()) {
                    p.destroyForcibly();
                    throw new OperationCanceledException();
                }
                Thread.sleep(100);
            }
            pump.join(2000);
        } finally {
            monitor.done();
        }
        if (p.exitValue() != 0) {
            throw new IOException("`" + String.join(" ", cmd) + "` exited with " + p.exitValue() + ":\n" + output);
        }
    }
}
