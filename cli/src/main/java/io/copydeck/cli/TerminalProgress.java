package io.copydeck.cli;

import io.copydeck.compiler.BuildProgress;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Generation progress: a bar with completions, tokens/s and ETA on a terminal; a log line per tenth otherwise. */
final class TerminalProgress implements BuildProgress {
    private final PrintWriter log;
    private final boolean terminal;
    private ProgressBar bar;
    private int total;
    private int done;
    private int tokens;
    private long start;
    private int lastTenth;

    TerminalProgress(PrintWriter log, boolean terminal) {
        this.log = log;
        this.terminal = terminal;
    }

    @Override
    public void start(String model, int completions) {
        // A build may generate in several rounds: each round reports on its own.
        total = completions;
        done = 0;
        tokens = 0;
        lastTenth = 0;
        start = System.nanoTime();
        log.println("generating " + completions + " completions with " + model);
        log.flush();
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("generating").setInitialMax(completions)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" completions", 1).showSpeed().build();
        }
    }

    @Override
    public void advance(int completions, int newTokens) {
        done += completions;
        tokens += newTokens;
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        if (bar != null) {
            bar.stepBy(completions);
            bar.setExtraMessage(String.format(" %.1f tok/s", tokens / seconds));
        } else {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth > lastTenth || done == total) {
                lastTenth = tenth;
                log.printf("generated %d/%d completions, %d tokens, %.1f tokens/s%n", done, total, tokens, tokens / seconds);
                log.flush();
            }
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
