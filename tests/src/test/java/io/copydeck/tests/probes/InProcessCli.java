package io.copydeck.tests.probes;

import io.copydeck.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;

/** The `copydeck` command line in this process, as the launcher runs it, with what it printed: for every probe. */
final class InProcessCli {
    /** A command's exit code and output. */
    record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private InProcessCli() {}

    static Run run(String... args) {
        return run(new StringWriter(), args);
    }

    /** With err going to {@code err} as it is printed, for a probe that watches a command while it runs. */
    static Run run(Writer err, String... args) {
        StringWriter out = new StringWriter();
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
