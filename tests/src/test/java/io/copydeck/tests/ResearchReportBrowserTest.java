package io.copydeck.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `copydeck research`'s report.html in a real browser: it renders, its charts are there, a review's script is text. */
class ResearchReportBrowserTest {
    @TempDir
    Path dir;

    @Test
    void theReportRendersInHeadlessChromiumWithReviewTextAsText() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(), "Debian chromium is not installed: research report check skipped");
        Path examples = Path.of(System.getProperty("copydeck.root", "..")).resolve("examples/research");
        Path hostile = dir.resolve("hostile.csv");
        Files.writeString(hostile, "id,text\nx1,\"The battery is <script>document.title='owned'</script> terrible\"\n");
        Path out = dir.resolve("out");
        // The hostile file first: its review is the first battery complaint, so it is quoted.
        Cli.Run run = Cli.run("research", hostile.toString(), examples.resolve("headphones.csv").toString(),
                "--spec", examples.resolve("anc-700.campaign").toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
        String dom = HeadlessChromium.dumpDom(out.resolve("report.html"), profile);
        assertTrue(dom.contains("<title>What customers say: hostile.csv, headphones.csv</title>"), "the script did not run");
        assertTrue(dom.contains("&lt;script&gt;document.title='owned'&lt;/script&gt;"), "the review's text is shown as text");
        assertFalse(dom.contains("<script"), "no script element on the page");
        assertTrue(dom.contains("<svg") && dom.contains("Aspects by sentiment") && dom.contains("Against the spec"), "charts and sections");
        Path png = Path.of("target", "research-report.png").toAbsolutePath();
        HeadlessChromium.screenshot(out.resolve("report.html"), png, 1100, 1500, profile);
        assertTrue(Files.size(png) > 20_000, "a real screenshot, not a blank page: " + Files.size(png));
        if (Boolean.getBoolean("copydeck.updateScreenshots")) {
            Files.copy(png, Path.of(System.getProperty("copydeck.root", "..")).resolve("docs/research-report.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
