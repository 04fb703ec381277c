package io.copydeck.cli;

import io.copydeck.research.Research;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Reading progress: a bar over the files' megabytes with reviews/s on a terminal; a line per tenth otherwise. */
final class ResearchProgress implements Research.Progress, AutoCloseable {
    private static final double MB = 1 << 20;
    private final PrintWriter log;
    private final boolean terminal;
    private ProgressBar bar;
    private long total;
    private long start;
    private int lastTenth;

    ResearchProgress(PrintWriter log, boolean terminal) {
        this.log = log;
        this.terminal = terminal;
    }

    @Override
    public void started(long totalBytes) {
        total = totalBytes;
        start = System.nanoTime();
        log.printf("reading %.1f MB of reviews%n", totalBytes / MB);
        log.flush();
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("reading").setInitialMax(Math.max(1, totalBytes / 1024))
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" KB", 1).showSpeed().build();
        }
    }

    @Override
    public void advanced(long bytesRead, int reviews) {
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        if (bar != null) {
            bar.stepTo(bytesRead / 1024);
            bar.setExtraMessage(String.format(" %d reviews, %.0f/s", reviews, reviews / seconds));
            return;
        }
        int tenth = total == 0 ? 10 : (int) (bytesRead * 10 / total);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            log.printf("read %d%%: %d reviews, %.0f reviews/s%n", tenth * 10, reviews, reviews / seconds);
            log.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
