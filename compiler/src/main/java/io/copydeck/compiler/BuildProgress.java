package io.copydeck.compiler;

/** How a build reports generation progress: a progress bar on a terminal, log lines otherwise. */
public interface BuildProgress extends AutoCloseable {
    void start(String model, int completions);

    void advance(int completions, int tokens);

    @Override
    void close();

    BuildProgress SILENT = new BuildProgress() {
        public void start(String model, int completions) {}
        public void advance(int completions, int tokens) {}
        public void close() {}
    };
}
