package io.copydeck.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's Chromium, headless, with the flags that keep it off this machine's closed network. */
final class HeadlessChromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {}

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** The page's DOM after it rendered. */
    static String dumpDom(Path page, Path profile) throws IOException, InterruptedException {
        return run(profile, "--dump-dom", page.toUri().toString());
    }

    static void screenshot(Path page, Path png, int width, int height, Path profile) throws IOException, InterruptedException {
        run(profile, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", page.toUri().toString());
    }

    private static String run(Path profile, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 60 s");
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
